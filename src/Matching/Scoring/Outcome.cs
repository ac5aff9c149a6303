namespace Matching.Scoring;

/// <summary>How a profile fares on one criterion.</summary>
public enum Outcome
{
    /// <summary>The profile meets the criterion.</summary>
    Met = 0,
    /// <summary>The profile meets the criterion's floor but not all of it (a field of study outside those named, part of the scoped experience).</summary>
    Partial = 1,
    /// <summary>The profile does not meet the criterion; on a required criterion the candidate is not eligible.</summary>
    NotMet = 2,
    /// <summary>The profile does not say; scored by <see cref="MatchOptions.UnknownCredit"/> and never silently passed or failed.</summary>
    Unknown = 3,
}
