using Matching.Explanations;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>How one candidate fares on one criterion of a posting, and why.</summary>
public sealed record CriterionResult
{
    /// <summary>The kind of criterion.</summary>
    public required CriterionKind Kind { get; init; }

    /// <summary>Required or preferred.</summary>
    public required Necessity Necessity { get; init; }

    /// <summary>Met, partial, not met or unknown.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>The criterion's score, in [0, 1].</summary>
    public required double Score { get; init; }

    /// <summary>The criterion's weight in the candidate's score.</summary>
    public required double Weight { get; init; }

    /// <summary>Whether the criterion is missed by a small margin (one diploma level, a quarter of the years, one language level).</summary>
    public bool NearMiss { get; init; }

    /// <summary>What the posting expects, in the ranking's language ("bac+3 en travail social").</summary>
    public required string Expected { get; init; }

    /// <summary>What the profile shows, in the ranking's language ("Master en psychologie (bac+5)").</summary>
    public required string Observed { get; init; }

    /// <summary>A sentence a recruiter can read, in the ranking's language.</summary>
    public required string Sentence { get; init; }

    /// <summary>The explanation tree of the score.</summary>
    public required Explanation Explanation { get; init; }
}
