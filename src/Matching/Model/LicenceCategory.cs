namespace Matching.Model;

/// <summary>A driving-licence category.</summary>
public enum LicenceCategory
{
    /// <summary>A: motorcycle.</summary>
    A = 1,
    /// <summary>B: car.</summary>
    B = 2,
    /// <summary>C: truck.</summary>
    C = 3,
    /// <summary>D: bus.</summary>
    D = 4,
    /// <summary>E: trailer.</summary>
    E = 5,
}
