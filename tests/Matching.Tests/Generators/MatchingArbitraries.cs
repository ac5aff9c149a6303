using FsCheck;
using FsCheck.Fluent;
using Matching.Model;

namespace Matching.Tests.Generators;

/// <summary>FsCheck arbitraries for the ranking properties.</summary>
public static class MatchingArbitraries
{
    /// <summary>A posting with candidates.</summary>
    public static Arbitrary<RankCase> RankCase()
        => Arb.From(MatchingGen.Posting.SelectMany(p => MatchingGen.Candidates.Select(c => new RankCase(p, c))));

    /// <summary>A posting with one candidate.</summary>
    public static Arbitrary<PairCase> PairCase()
        => Arb.From(
            from p in MatchingGen.Posting
            from c in MatchingGen.Candidate
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select new PairCase(p, c with { Id = "c-001", Name = "Aminata Traoré" }, seed));

    /// <summary>A posting alone.</summary>
    public static Arbitrary<Posting> Posting() => Arb.From(MatchingGen.Posting);
}
