using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Matching.Model;
using Matching.Scoring;
using Matching.Tests.Generators;

namespace Matching.Tests.Properties;

/// <summary>
/// The candidate index ranks exactly as the matcher does on the profiles it was built from:
/// same ids, ranks, scores to the bit, eligibility, flags and criterion outcomes; and rankings of
/// shards, each from its own index, merge into the ranking of the whole.
/// </summary>
public sealed class IndexEquivalenceProperties
{
    private static Arbitrary<(IReadOnlyList<CandidateProfile> Roster, Posting Posting, MatchOptions Options, int Top)> Cases()
        => (from roster in IndexGenerators.Roster
            from posting in IndexGenerators.Posting
            from options in IndexGenerators.Options
            from top in Gen.Frequency((3, Gen.Choose(1, 20)), (1, Gen.Choose(1, 400)))
            select (roster, posting, options, top)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Rank_AnyRosterAndPosting_EqualsMatcherRank()
        => Prop.ForAll(Cases(), c =>
        {
            var expected = Matcher.Rank(c.Roster, c.Posting, With(c.Options, c.Top));
            var actual = CandidateIndex.Build(c.Roster).Rank(c.Posting, c.Top, c.Options);
            return Same(expected, actual);
        });

    [Property(MaxTest = 150)]
    public Property Rank_ShardsMerged_EqualsWholeRoster()
        => Prop.ForAll(Cases(), Gen.Choose(1, 4).ToArbitrary(), (c, shards) =>
        {
            var whole = CandidateIndex.Build(c.Roster).Rank(c.Posting, c.Top, c.Options);
            var parts = Enumerable.Range(0, shards)
                .Select(s => CandidateIndex.Build(c.Roster.Where(p => (uint)StableHash(p.Id) % (uint)shards == s)))
                .Where(ix => ix.Count > 0)
                .Select(ix => ix.Rank(c.Posting, c.Top, c.Options))
                .ToList();
            if (parts.Count == 0) return c.Roster.Count == 0;
            return Same(whole, Ranking.Merge(parts, c.Top));
        });

    internal static MatchOptions With(MatchOptions o, int top) => new()
    {
        Weights = o.Weights, Top = top, ReferenceDate = o.ReferenceDate, Culture = o.Culture,
        UnknownRequired = o.UnknownRequired, UnknownCredit = o.UnknownCredit, Gazetteer = o.Gazetteer,
    };

    private static int StableHash(string id)
    {
        var h = 17;
        foreach (var ch in id) h = unchecked(h * 31 + ch);
        return h;
    }

    internal static bool Same(Ranking expected, Ranking actual)
    {
        Assert(expected.CandidateCount == actual.CandidateCount, "candidate count");
        Assert(expected.EligibleCount == actual.EligibleCount, "eligible count");
        Assert(expected.IsOpen == actual.IsOpen, "open");
        Assert(expected.Results.Count == actual.Results.Count, $"results {expected.Results.Count} vs {actual.Results.Count}");
        for (var i = 0; i < expected.Results.Count; i++)
        {
            var e = expected.Results[i];
            var a = actual.Results[i];
            var at = $"#{i + 1} {e.Id}/{a.Id}";
            Assert(e.Id == a.Id, at + " id");
            Assert(e.Rank == a.Rank, at + " rank");
            Assert(BitConverter.DoubleToInt64Bits(e.Score) == BitConverter.DoubleToInt64Bits(a.Score), $"{at} score {e.Score:R} vs {a.Score:R}");
            Assert(e.Eligible == a.Eligible && e.NearMiss == a.NearMiss && e.NeedsReview == a.NeedsReview && e.MissedRequired == a.MissedRequired, at + " flags");
            Assert(e.Summary == a.Summary, at + " summary");
            Assert(e.Criteria.Count == a.Criteria.Count, at + " criteria");
            for (var k = 0; k < e.Criteria.Count; k++)
            {
                var x = e.Criteria[k];
                var y = a.Criteria[k];
                Assert(x.Kind == y.Kind && x.Outcome == y.Outcome && x.NearMiss == y.NearMiss && x.Sentence == y.Sentence
                    && BitConverter.DoubleToInt64Bits(x.Score) == BitConverter.DoubleToInt64Bits(y.Score), $"{at} criterion {x.Kind}");
            }
        }
        return true;
    }

    private static void Assert(bool condition, string what)
    {
        if (!condition) throw new Xunit.Sdk.XunitException("index and matcher differ: " + what);
    }
}
