using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Scoring;

public sealed class LocationCriterionTests
{
    private static readonly Posting Mopti = new() { Title = "Agent de protection", Locations = ["Mopti"] };

    private static CriterionResult Location(string? home, params string[]? areas)
        => Rank(new CandidateProfile("c-1") { Home = home, AreasKnown = areas }, Mopti).Criterion(CriterionKind.Location);

    [Theory]
    [InlineData("Mopti", Outcome.Met)]
    [InlineData("Sévaré", Outcome.Met)]
    [InlineData("Bandiagara", Outcome.Partial)]
    [InlineData("Bamako", Outcome.NotMet)]
    [InlineData("Kolondiéba", Outcome.NotMet)]
    public void Evaluate_Home_OutcomeByDistance(string home, Outcome outcome)
        => Assert.Equal(outcome, Location(home, null).Outcome);

    [Fact]
    public void Evaluate_Closer_ScoresHigher()
    {
        Assert.True(Location("Sévaré", null).Score > Location("Bandiagara", null).Score);
        Assert.True(Location("Bandiagara", null).Score > Location("Bamako", null).Score);
        Assert.Equal(1, Location("Mopti", null).Score);
    }

    [Fact]
    public void Evaluate_FarHomeButKnowsArea_Raised()
    {
        var knows = Location("Bamako", "Mopti");
        Assert.True(knows.Score > Location("Bamako", null).Score);
        Assert.Contains("connaît la zone de Mopti", knows.Sentence);
    }

    [Fact]
    public void Evaluate_HomeNotStated_Unknown()
    {
        var r = Location(null, null);
        Assert.Equal(Outcome.Unknown, r.Outcome);
        Assert.Contains("Lieu de résidence non renseigné", r.Sentence);
    }

    [Fact]
    public void Evaluate_LocationAlwaysPreferred_FarCandidateEligible()
        => Assert.True(Rank(new CandidateProfile("c-1") { Home = "Kolondiéba" }, Mopti).Eligible);
}
