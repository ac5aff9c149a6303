using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Explanations;

/// <summary>Sentences a recruiter reads: French grammar and agreement, no stray words.</summary>
public sealed class PhrasingTests
{
    [Fact]
    public void Gender_PostReservedToMen_MasculineAgreement()
    {
        var r = Rank(new CandidateProfile("c-1") { Gender = Sex.Male }, new Posting { Title = "Gardien", ReservedTo = Sex.Male });
        Assert.StartsWith("Candidat admis : poste réservé aux hommes", r.Criterion(CriterionKind.Gender).Sentence);
    }

    [Fact]
    public void Areas_KnowledgeRequired_FeminineAgreement()
    {
        var posting = new Posting { Title = "Superviseur", AreasToKnow = new AreaRequirement(["Mopti", "Bandiagara"], Necessity.Required) };
        var r = Rank(new CandidateProfile("c-1") { AreasKnown = ["Mopti"] }, posting);
        var sentence = r.Criterion(CriterionKind.Areas).Sentence;
        Assert.Contains("requise", sentence);
        Assert.DoesNotContain("requis ", sentence + " ");
    }

    [Theory]
    [InlineData(LanguageLevel.Good, "Français, bon niveau au moins")]
    [InlineData(LanguageLevel.Fluent, "Français, niveau courant")]
    [InlineData(LanguageLevel.Basic, "Français, notions au moins")]
    public void Languages_LevelAsked_ReadsNaturally(LanguageLevel level, string expected)
    {
        var posting = new Posting { Title = "Assistant", Languages = [new LanguageGroup([LanguageKey.French], Necessity.Required, level, LanguageModes.None)] };
        var r = Rank(new CandidateProfile("c-1") { Languages = [new LanguageSkill(LanguageKey.French, LanguageLevel.Native)] }, posting);
        Assert.Contains(expected, r.Criterion(CriterionKind.Languages).Sentence);
        Assert.DoesNotContain("niveau bon niveau", r.Criterion(CriterionKind.Languages).Sentence);
    }

    [Fact]
    public void Experience_NoneAtAll_SaysZeroMonths()
    {
        var posting = new Posting { Title = "Comptable", Experience = new ExperienceRequirement(2, Necessity.Required, false, null, []) };
        var r = Rank(new CandidateProfile("c-1") { Experience = [] }, posting);
        var sentence = r.Criterion(CriterionKind.Experience).Sentence;
        Assert.StartsWith("0 mois d'expérience", sentence);
        Assert.DoesNotContain("aucune d'", sentence);
    }

    [Fact]
    public void Summary_ExcludedForMissingInformation_SaysWhy()
    {
        var posting = new Posting { Title = "Comptable", Experience = new ExperienceRequirement(2, Necessity.Required, false, null, []) };
        var options = new MatchOptions { ReferenceDate = Reference, UnknownRequired = UnknownPolicy.Exclude };
        var r = Rank(new CandidateProfile("c-1"), posting, options);
        Assert.False(r.Eligible);
        Assert.StartsWith("Non éligible : information requise non renseignée — à vérifier : Expérience", r.Summary);
    }

    [Fact]
    public void Summary_TwoUnknownLanguageGroups_NamedOnce()
    {
        var posting = new Posting
        {
            Title = "Animateur",
            Languages = [new LanguageGroup([LanguageKey.French], Necessity.Required, null, LanguageModes.None), new LanguageGroup([LanguageKey.Parse("bambara")], Necessity.Required, null, LanguageModes.None)],
        };
        var r = Rank(new CandidateProfile("c-1"), posting);
        Assert.EndsWith("à vérifier : Langues", r.Summary);
    }

    [Fact]
    public void Experience_OngoingJobWithoutReferenceDate_NotListedAsCounted()
    {
        var posting = new Posting { Title = "Chargé de protection", Experience = new ExperienceRequirement(2, Necessity.Required, true, "protection", []) };
        var profile = new CandidateProfile("c-1") { Experience = [new ExperienceEntry { Title = "Chargé de protection", Start = new YearMonth(2015, 1) }] };
        var sentence = Rank(profile, posting, new MatchOptions()).Criterion(CriterionKind.Experience).Sentence;
        Assert.DoesNotContain("— compté", sentence);
        Assert.Contains("non compté : Chargé de protection (en cours, sans date de référence", sentence);
    }

    [Fact]
    public void Education_DiplomaCited_IsTheOneThatDecides()
    {
        var posting = new Posting { Title = "Travailleur social", Education = new EducationRequirement(DiplomaLevel.Bac3, ["travail social"], Necessity.Required) };
        var profile = new CandidateProfile("c-1")
        {
            Education = [new EducationEntry(DiplomaLevel.Bac3, "travail social", "Licence en travail social"), new EducationEntry(DiplomaLevel.Bac8, "xyzologie", "Doctorat en xyzologie")],
        };
        var c = Rank(profile, posting).Criterion(CriterionKind.Education);
        Assert.Equal(Outcome.Met, c.Outcome);
        Assert.StartsWith("Licence en travail social", c.Sentence);
    }

    [Fact]
    public void Education_LevelUnstatedInTheField_CitedRatherThanAnUnrelatedMaster()
    {
        var posting = new Posting { Title = "Travailleur social", Education = new EducationRequirement(DiplomaLevel.Bac3, ["travail social"], Necessity.Required) };
        var profile = new CandidateProfile("c-1")
        {
            Education = [new EducationEntry(null, "travail social", null), new EducationEntry(DiplomaLevel.Bac5, "comptabilité", "Master en comptabilité")],
        };
        var c = Rank(profile, posting).Criterion(CriterionKind.Education);
        Assert.Equal(Outcome.Unknown, c.Outcome);
        Assert.DoesNotContain("comptabilité", c.Sentence);
    }
}
