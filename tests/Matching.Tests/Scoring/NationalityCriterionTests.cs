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
    [InlineData("Mali", Outcome.Met)]
    [InlineData("MALIENNE", Outcome.Met)]
    [InlineData("Malian", Outcome.Met)]
    [InlineData("française et malienne", Outcome.Met)]
    [InlineData("Malgache", Outcome.NotMet)]
    [InlineData("mauritanienne", Outcome.NotMet)]
    [InlineData(null, Outcome.Unknown)]
    public void Evaluate_MalianPost_ComparesNationality(string? nationality, Outcome outcome)
    {
        var r = Rank(new CandidateProfile("c-1") { Nationality = nationality }, new Posting { Title = "Agent de protection", Nationality = "malienne" });
        var c = r.Criterion(CriterionKind.Nationality);
        Assert.Equal(outcome, c.Outcome);
        Assert.Equal(Necessity.Required, c.Necessity);
        Assert.Equal(outcome != Outcome.NotMet, r.Eligible);
    }

    [Theory]
    [InlineData("nigérienne", "Niger", Outcome.Met)]
    [InlineData("nigérienne", "nigerien", Outcome.Met)]
    [InlineData("nigérienne", "nigériane", Outcome.NotMet)]
    [InlineData("nigériane", "Nigeria", Outcome.Met)]
    [InlineData("nigériane", "nigérienne", Outcome.NotMet)]
    [InlineData("guinéenne", "Guinée-Bissau", Outcome.NotMet)]
    [InlineData("bissau-guinéenne", "Guinée-Bissau", Outcome.Met)]
    [InlineData("zambienne", "Zambien", Outcome.Met)]
    [InlineData("zambienne", "malienne", Outcome.NotMet)]
    public void Evaluate_NeighbouringNames_AreNotConfused(string required, string stated, Outcome outcome)
    {
        var r = Rank(new CandidateProfile("c-1") { Nationality = stated }, new Posting { Title = "Agent de protection", Nationality = required });
        Assert.Equal(outcome, r.Criterion(CriterionKind.Nationality).Outcome);
    }
}
