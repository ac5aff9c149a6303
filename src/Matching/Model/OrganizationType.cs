namespace Matching.Model;

/// <summary>The kind of employer of an experience entry.</summary>
public enum OrganizationType
{
    /// <summary>International NGO.</summary>
    Ingo = 1,
    /// <summary>National or local NGO, association.</summary>
    Ngo = 2,
    /// <summary>United Nations agency.</summary>
    Un = 3,
    /// <summary>Government or public body.</summary>
    Government = 4,
    /// <summary>Private company.</summary>
    Private = 5,
}
