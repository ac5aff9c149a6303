using Matching.Explanations;

namespace Matching.Scoring;

/// <summary>One candidate's place in a ranking, with the explanation of every criterion.</summary>
public sealed record RankedCandidate
{
    /// <summary>The 1-based rank.</summary>
    public required int Rank { get; init; }

    /// <summary>The candidate's id.</summary>
    public required string Id { get; init; }

    /// <summary>The score, in [0, 1]: the weighted mean of the criteria's scores.</summary>
    public required double Score { get; init; }

    /// <summary>Whether no required criterion is not met: met or partly met pass; unknown ones follow <see cref="UnknownPolicy"/>.</summary>
    public required bool Eligible { get; init; }

    /// <summary>Not eligible only because one required criterion is missed by a small margin: worth a recruiter's look.</summary>
    public bool NearMiss { get; init; }

    /// <summary>How many required criteria the candidate does not meet (0 for an eligible candidate).</summary>
    public int MissedRequired { get; init; }

    /// <summary>A required criterion is unknown: the dossier needs checking.</summary>
    public bool NeedsReview { get; init; }

    /// <summary>One result per criterion of the posting, in the posting's order.</summary>
    public required IReadOnlyList<CriterionResult> Criteria { get; init; }

    /// <summary>The explanation tree whose value is <see cref="Score"/>.</summary>
    public required Explanation Explanation { get; init; }

    /// <summary>A one-line summary in the ranking's language.</summary>
    public required string Summary { get; init; }
}
