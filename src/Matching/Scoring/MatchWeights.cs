using Matching.Internal;

namespace Matching.Scoring;

/// <summary>
/// The weight of each kind of criterion in a candidate's score. A kind's weight is shared equally
/// by the posting's criteria of that kind (two language groups get half each). Weights are
/// non-negative, so more of a good thing never lowers a score; they need not sum to 1, since
/// the score divides by the weights of the criteria the posting sets.
/// </summary>
public sealed record MatchWeights
{
    private readonly double _education = 0.25, _experience = 0.30, _languages = 0.15, _licences = 0.05,
        _location = 0.10, _areas = 0.05, _skills = 0.10, _gender, _nationality;

    /// <summary>The default weights (see docs/scoring.md).</summary>
    public static MatchWeights Default { get; } = new();

    /// <summary>Diploma level and field.</summary><value>0.25</value>
    public double Education { get => _education; init => _education = Check(value, nameof(Education)); }
    /// <summary>Years of relevant experience.</summary><value>0.30</value>
    public double Experience { get => _experience; init => _experience = Check(value, nameof(Experience)); }
    /// <summary>Language groups.</summary><value>0.15</value>
    public double Languages { get => _languages; init => _languages = Check(value, nameof(Languages)); }
    /// <summary>Driving licences.</summary><value>0.05</value>
    public double Licences { get => _licences; init => _licences = Check(value, nameof(Licences)); }
    /// <summary>Distance to the duty station.</summary><value>0.10</value>
    public double Location { get => _location; init => _location = Check(value, nameof(Location)); }
    /// <summary>Knowledge of the areas named.</summary><value>0.05</value>
    public double Areas { get => _areas; init => _areas = Check(value, nameof(Areas)); }
    /// <summary>Software and tools.</summary><value>0.10</value>
    public double Skills { get => _skills; init => _skills = Check(value, nameof(Skills)); }
    /// <summary>A post reserved to one sex: an eligibility rule, not a score.</summary><value>0</value>
    public double Gender { get => _gender; init => _gender = Check(value, nameof(Gender)); }
    /// <summary>A nationality requirement: an eligibility rule, not a score.</summary><value>0</value>
    public double Nationality { get => _nationality; init => _nationality = Check(value, nameof(Nationality)); }

    /// <summary>The weight of a kind of criterion.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its weight.</returns>
    public double this[CriterionKind kind] => kind switch
    {
        CriterionKind.Education => Education,
        CriterionKind.Experience => Experience,
        CriterionKind.Languages => Languages,
        CriterionKind.Licences => Licences,
        CriterionKind.Location => Location,
        CriterionKind.Areas => Areas,
        CriterionKind.Skills => Skills,
        CriterionKind.Gender => Gender,
        CriterionKind.Nationality => Nationality,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown criterion kind."),
    };

    private static double Check(double value, string name) => Guard.InRange(value, 0, 1000, name);
}
