namespace Matching.Model;

/// <summary>
/// A part of the experience floor that must be in a narrower scope:
/// "dont 3 ans sur un poste similaire", "dont 2 ans en ONG internationale".
/// </summary>
/// <param name="MinYears">Years required in that scope.</param>
/// <param name="Description">The scope as written ("en ONG internationale").</param>
/// <param name="OrganizationType">The kind of employer required, where the scope names one.</param>
/// <param name="SimilarPost">Whether the scope is a similar post ("poste similaire", "poste équivalent").</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="MinYears"/> is not between 0 and 60.</exception>
public sealed record ScopedExperience(double MinYears, string Description, OrganizationType? OrganizationType = null, bool SimilarPost = false)
{
    private readonly double _minYears = Internal.Guard.InRange(MinYears, 0, 60, nameof(MinYears));

    /// <summary>Years required in that scope.</summary>
    public double MinYears { get => _minYears; init => _minYears = Internal.Guard.InRange(value, 0, 60, nameof(MinYears)); }
}
