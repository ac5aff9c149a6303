namespace Matching.Model;

/// <summary>The type of an employment contract.</summary>
public enum ContractType
{
    /// <summary>Contrat à durée déterminée (fixed term).</summary>
    Cdd = 1,
    /// <summary>Contrat à durée indéterminée (open-ended).</summary>
    Cdi = 2,
    /// <summary>Internship.</summary>
    Stage = 3,
    /// <summary>Consultancy.</summary>
    Consultance = 4,
    /// <summary>Volunteering.</summary>
    Volontariat = 5,
}
