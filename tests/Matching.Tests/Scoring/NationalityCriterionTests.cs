using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Scoring;

public sealed class NationalityCriterionTests
{
    [Theory]
    [InlineData("malienne", Outcome.Met)]
    [InlineData("Malien", Outcome.Met)]
    [InlineData("nationalité malienne", Outcome.Met)]
    [InlineData("burkinabè", Outcome.NotMet)]
    [InlineData("sénégalaise", Outcome.NotMet)]
    [InlineData(null, Outcome.Unknown)]
    public void Evaluate_MalianPost_ComparesNationality(string? nationality, Outcome outcome)
    {
        var r = Rank(new CandidateProfile("c-1") { Nationality = nationality }, new Posting { Title = "Agent de protection", Nationality = "malienne" });
        var c = r.Criterion(CriterionKind.Nationality);
        Assert.Equal(outcome, c.Outcome);
        Assert.Equal(Necessity.Required, c.Necessity);
        Assert.Equal(outcome != Outcome.NotMet, r.Eligible);
    }
}
