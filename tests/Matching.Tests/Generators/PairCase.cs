using Matching.Model;

namespace Matching.Tests.Generators;

/// <summary>A posting and one candidate, with a seed for the property's own random choices.</summary>
public sealed record PairCase(Posting Posting, CandidateProfile Candidate, int Seed)
{
    /// <inheritdoc />
    public override string ToString() => $"{Posting} / {Candidate} / seed {Seed}";
}
