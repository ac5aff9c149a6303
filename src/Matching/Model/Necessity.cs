namespace Matching.Model;

/// <summary>Whether a requirement must be met or only counts in a candidate's favour.</summary>
public enum Necessity
{
    /// <summary>Must be met ("exigé", "obligatoire", "indispensable"); failing it makes a candidate not eligible.</summary>
    Required = 0,
    /// <summary>Counts in favour ("souhaité", "un atout"); never makes a candidate ineligible.</summary>
    Preferred = 1,
}
