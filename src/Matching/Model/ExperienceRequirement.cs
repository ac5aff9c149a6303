using Matching.Internal;

namespace Matching.Model;

/// <summary>An experience requirement: a floor of years, the parts of it that must be in a narrower scope, and the domain.</summary>
public sealed record ExperienceRequirement
{
    /// <summary>Creates an experience requirement.</summary>
    /// <param name="minYears">The overall floor, in years (0.5 for "six mois").</param>
    /// <param name="necessity">Required or preferred.</param>
    /// <param name="relevantOnly">Whether only relevant experience counts ("expérience pertinente", "dans un poste similaire", "en protection").</param>
    /// <param name="domain">The domain stated ("protection humanitaire"), or null.</param>
    /// <param name="scoped">Parts of the floor that must be in a narrower scope.</param>
    /// <exception cref="ArgumentOutOfRangeException">Years are negative or above 60.</exception>
    public ExperienceRequirement(double minYears, Necessity necessity = Necessity.Required, bool relevantOnly = false, string? domain = null, IEnumerable<ScopedExperience>? scoped = null)
    {
        MinYears = Guard.InRange(minYears, 0, 60, nameof(minYears));
        Necessity = necessity;
        RelevantOnly = relevantOnly;
        Domain = domain;
        Scoped = Guard.Items(scoped, nameof(scoped));
    }

    /// <summary>The overall floor in years.</summary>
    public double MinYears { get; }

    /// <summary>Required or preferred.</summary>
    public Necessity Necessity { get; }

    /// <summary>Whether only relevant experience counts toward the floor.</summary>
    public bool RelevantOnly { get; }

    /// <summary>The domain stated, or null.</summary>
    public string? Domain { get; }

    /// <summary>Parts of the floor that must be in a narrower scope.</summary>
    public IReadOnlyList<ScopedExperience> Scoped { get; }
}
