using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Scoring;

public sealed class AreaCriterionTests
{
    private static readonly Posting Centre = new() { Title = "Officier protection", AreasToKnow = new AreaRequirement(["Mopti", "Bandiagara"]) };

    private static RankedCandidate Knowing(string? home, params string[]? areas)
        => Rank(new CandidateProfile("c-1") { Home = home, AreasKnown = areas }, Centre);

    [Fact]
    public void Evaluate_KnowsBoth_Met()
    {
        var r = Knowing(null, "Mopti", "Bandiagara");
        Assert.Equal(Outcome.Met, r.Criterion(CriterionKind.Areas).Outcome);
        Assert.True(r.Eligible);
    }

    [Fact]
    public void Evaluate_KnowsOne_PartialHalf()
    {
        var c = Knowing(null, "Bandiagara").Criterion(CriterionKind.Areas);
        Assert.Equal(Outcome.Partial, c.Outcome);
        Assert.Equal(0.5, c.Score, 12);
        Assert.Contains("seulement", c.Sentence);
    }

    [Fact]
    public void Evaluate_LivesInSevare_KnowsMopti()
    {
        var c = Knowing("Sévaré", []).Criterion(CriterionKind.Areas);
        Assert.Equal(Outcome.Partial, c.Outcome);
    }

    [Fact]
    public void Evaluate_KnowsNone_RequiredNotMetIneligible()
    {
        var r = Knowing("Bamako", "Kolondiéba");
        Assert.Equal(Outcome.NotMet, r.Criterion(CriterionKind.Areas).Outcome);
        Assert.False(r.Eligible);
    }

    [Fact]
    public void Evaluate_NothingStated_Unknown()
    {
        var r = Knowing(null, null);
        Assert.Equal(Outcome.Unknown, r.Criterion(CriterionKind.Areas).Outcome);
        Assert.True(r.NeedsReview);
    }
}
