using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Scoring;

public sealed class GenderCriterionTests
{
    private static CandidateProfile Qualified(Sex? gender) => new("c-1")
    {
        Gender = gender,
        Home = "Kolondiéba",
        Education = [new EducationEntry(DiplomaLevel.Bac3, "travail social")],
        Experience = [Job("Gestionnaire de cas VBG", "IRC", OrganizationType.Ingo, "2020-01", "2024-12")],
        Languages = [new LanguageSkill(LanguageKey.French, LanguageLevel.Fluent), new LanguageSkill(LanguageKey.Parse("bambara"), LanguageLevel.Native)],
        Skills = ["word", "excel"],
    };

    [Fact]
    public void Evaluate_PostReservedToWomen_WomanEligible()
    {
        var r = Rank(Qualified(Sex.Female), GestionnaireDeCas);
        Assert.True(r.Eligible);
        Assert.Equal(Outcome.Met, r.Criterion(CriterionKind.Gender).Outcome);
    }

    [Fact]
    public void Evaluate_PostReservedToWomen_ManIneligible()
    {
        var r = Rank(Qualified(Sex.Male), GestionnaireDeCas);
        Assert.False(r.Eligible);
        Assert.Equal(Outcome.NotMet, r.Criterion(CriterionKind.Gender).Outcome);
        Assert.Contains("poste réservé aux femmes", r.Summary);
    }

    [Fact]
    public void Evaluate_PostReservedSexNotStated_UnknownNeedsReview()
    {
        var r = Rank(Qualified(null), GestionnaireDeCas);
        Assert.True(r.Eligible);
        Assert.True(r.NeedsReview);
        Assert.Equal(Outcome.Unknown, r.Criterion(CriterionKind.Gender).Outcome);
    }

    [Fact]
    public void Evaluate_PostNotReserved_NoGenderCriterionAndSameScore()
    {
        var open = GestionnaireDeCas with { ReservedTo = null };
        var woman = Rank(Qualified(Sex.Female), open);
        var man = Rank(Qualified(Sex.Male), open);
        Assert.DoesNotContain(woman.Criteria, c => c.Kind == CriterionKind.Gender);
        Assert.Equal(woman.Score, man.Score);
        Assert.True(man.Eligible);
    }
}
