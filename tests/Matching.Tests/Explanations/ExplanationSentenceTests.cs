using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Explanations;

public sealed class ExplanationSentenceTests
{
    private static readonly CandidateProfile Mariam = new("c-017")
    {
        Gender = Sex.Female,
        Home = "Sévaré",
        Education = [new EducationEntry(DiplomaLevel.Bac2, "travail social")],
        Experience = [Job("Gestionnaire de cas VBG", "IRC", OrganizationType.Ingo, "2022-01", "2023-12")],
        Languages = [new LanguageSkill(LanguageKey.Parse("bambara")), new LanguageSkill(LanguageKey.Parse("dogon")), new LanguageSkill(LanguageKey.Parse("fula"))],
        Licences = [LicenceCategory.A],
        Skills = ["word"],
    };

    [Fact]
    public void Explain_DefaultCulture_FrenchSentences()
    {
        var r = Rank(Mariam, GestionnaireDeCas);
        Assert.Contains("2 ans d'expérience pertinente sur 3 ans requis", r.Criterion(CriterionKind.Experience).Sentence);
        var edu = r.Criterion(CriterionKind.Education).Sentence;
        Assert.StartsWith("bac+2", edu);
        Assert.EndsWith("requis (un niveau en dessous)", edu);
        Assert.Contains("Bambara, Dogon et Peul", r.Criterion(CriterionKind.Languages).Observed);
        Assert.Contains("Non éligible", r.Summary);
        Assert.StartsWith("score 0,", r.Explanation.Description);
    }

    [Fact]
    public void Explain_EnglishCulture_EnglishSentences()
    {
        var r = Rank(Mariam, GestionnaireDeCas, Options("en-GB"));
        Assert.Contains("2 years of relevant experience out of 3 years required", r.Criterion(CriterionKind.Experience).Sentence);
        Assert.Contains("(one level short)", r.Criterion(CriterionKind.Education).Sentence);
        Assert.Contains("Bambara, Dogon and Fula", r.Criterion(CriterionKind.Languages).Observed);
        Assert.StartsWith("Not eligible: Education (bac+2 in travail social", r.Summary);
        Assert.StartsWith("score 0.", r.Explanation.Description);
    }

    [Fact]
    public void Explain_LanguageGroup_AlternativesJoinedWithOu()
    {
        var r = Rank(Mariam, OfficierProtection);
        Assert.Contains("Bambara, Dogon, Bozo ou Tamachek", r.Criterion(CriterionKind.Languages, 1).Expected);
    }

    [Fact]
    public void Explain_Tree_RootIsWeightedMeanOfCriteria()
    {
        var r = Rank(Mariam, OfficierProtection);
        Assert.Equal(Matching.Explanations.CombineOperator.WeightedMean, r.Explanation.Operator);
        Assert.Equal(r.Score, r.Explanation.Combine(), 12);
        var text = r.Explanation.ToString();
        Assert.Contains("[WeightedMean]", text);
    }

    [Fact]
    public void Explain_Location_DistanceToDutyStation()
    {
        var r = Rank(Mariam, OfficierProtection);
        var loc = r.Criterion(CriterionKind.Location);
        Assert.Contains("Sévaré, à 11 km de Mopti", loc.Sentence);
        Assert.Equal(Outcome.Met, loc.Outcome);
    }
}
