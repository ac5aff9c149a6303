namespace Matching.Scoring;

/// <summary>What an unknown outcome on a required criterion does to eligibility.</summary>
public enum UnknownPolicy
{
    /// <summary>The candidate stays eligible and is flagged for review (<see cref="RankedCandidate.NeedsReview"/>); the criterion scores the unknown credit.</summary>
    Admit = 0,
    /// <summary>The candidate is not eligible until the information is given.</summary>
    Exclude = 1,
}
