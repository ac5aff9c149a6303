using Matching.Model;

namespace Matching.Tests.Generators;

/// <summary>A posting and the candidates to rank for it.</summary>
public sealed record RankCase(Posting Posting, IReadOnlyList<CandidateProfile> Candidates)
{
    /// <inheritdoc />
    public override string ToString() => $"{Posting} with {Candidates.Count} candidates: {string.Join(" | ", Candidates)}";
}
