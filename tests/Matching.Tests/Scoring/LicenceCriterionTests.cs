using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Scoring;

public sealed class LicenceCriterionTests
{
    private static Outcome Outcome(LicenceCategory asked, params LicenceCategory[] held)
        => Rank(new CandidateProfile("c-1") { Licences = held }, new Posting { Title = "Chauffeur", Licences = [new LicenceRequirement(asked)] }).Criterion(CriterionKind.Licences).Outcome;

    [Theory]
    [InlineData(LicenceCategory.B, LicenceCategory.B, Matching.Scoring.Outcome.Met)]
    [InlineData(LicenceCategory.B, LicenceCategory.C, Matching.Scoring.Outcome.Met)]
    [InlineData(LicenceCategory.B, LicenceCategory.D, Matching.Scoring.Outcome.Met)]
    [InlineData(LicenceCategory.B, LicenceCategory.A, Matching.Scoring.Outcome.NotMet)]
    [InlineData(LicenceCategory.A, LicenceCategory.B, Matching.Scoring.Outcome.NotMet)]
    [InlineData(LicenceCategory.A, LicenceCategory.C, Matching.Scoring.Outcome.NotMet)]
    [InlineData(LicenceCategory.A, LicenceCategory.A, Matching.Scoring.Outcome.Met)]
    public void Evaluate_HeldCategory_CoversAsked(LicenceCategory asked, LicenceCategory held, Outcome expected)
        => Assert.Equal(expected, Outcome(asked, held));

    [Fact]
    public void Evaluate_NoLicence_NotMet() => Assert.Equal(Matching.Scoring.Outcome.NotMet, Outcome(LicenceCategory.A));

    [Fact]
    public void Evaluate_OfficierProtectionWithoutMotorbikeLicence_IneligibleWithSentence()
    {
        var r = Rank(new CandidateProfile("c-1") { Licences = [LicenceCategory.B] }, OfficierProtection);
        Assert.False(r.Eligible);
        Assert.Contains("Pas de permis A (requis)", r.Criterion(CriterionKind.Licences).Sentence);
        Assert.Contains("Permis", r.Summary);
    }

    [Fact]
    public void Evaluate_LicencesNotStated_Unknown()
    {
        var r = Rank(new CandidateProfile("c-1"), OfficierProtection);
        Assert.Equal(Matching.Scoring.Outcome.Unknown, r.Criterion(CriterionKind.Licences).Outcome);
        Assert.Contains("Permis non renseigné", r.Criterion(CriterionKind.Licences).Sentence);
    }
}
