using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Scoring;

public sealed class ExperienceCriterionTests
{
    private static CriterionResult Experience(Posting p, params ExperienceEntry[] jobs)
        => Rank(new CandidateProfile("c-1") { Experience = jobs }, p).Criterion(CriterionKind.Experience);

    private static Posting Asking(double years, bool relevantOnly = false, string title = "Gestionnaire de cas")
        => new() { Title = title, Experience = new ExperienceRequirement(years, relevantOnly: relevantOnly) };

    [Fact]
    public void Evaluate_OverlappingDatedJobs_CountedOnce()
    {
        var r = Experience(Asking(3),
            Job("Gestionnaire de cas VBG", "IRC", OrganizationType.Ingo, "2020-01", "2021-12"),
            Job("Agent de protection", "INTERSOS", OrganizationType.Ingo, "2021-01", "2022-12"));
        Assert.Equal(Outcome.Met, r.Outcome);
        Assert.StartsWith("3 ans d'expérience", r.Sentence);
        var r2 = Experience(Asking(4),
            Job("Gestionnaire de cas VBG", "IRC", OrganizationType.Ingo, "2020-01", "2021-12"),
            Job("Agent de protection", "INTERSOS", OrganizationType.Ingo, "2021-01", "2022-12"));
        Assert.Equal(Outcome.NotMet, r2.Outcome);
        Assert.Contains("manque 1 an", r2.Sentence);
    }

    [Fact]
    public void Evaluate_OpenEndedJob_CountedUpToReferenceDate()
    {
        var job = Job("Animatrice communautaire", "AMSS", OrganizationType.Ngo, "2024-01", null);
        var r = Experience(Asking(2, title: "Animatrice communautaire"), job);
        Assert.Equal(Outcome.Met, r.Outcome);
        Assert.StartsWith("2 ans et 1 mois d'expérience", r.Sentence);
        var earlier = Rank(new CandidateProfile("c-1") { Experience = [job] }, Asking(2, title: "Animatrice communautaire"), new MatchOptions { ReferenceDate = new DateOnly(2025, 6, 1) }).Criterion(CriterionKind.Experience);
        Assert.Equal(Outcome.NotMet, earlier.Outcome);
        Assert.StartsWith("1 an et 6 mois d'expérience", earlier.Sentence);
    }

    [Theory]
    [InlineData(6, Outcome.Met, false)]
    [InlineData(5, Outcome.NotMet, true)]
    [InlineData(2, Outcome.NotMet, false)]
    public void Evaluate_SixMonthsAsked_UndatedMonths(int months, Outcome outcome, bool nearMiss)
    {
        var r = Experience(Asking(0.5, title: "Mobilisateur Communautaire"), new ExperienceEntry { Title = "Relais communautaire", Months = months });
        Assert.Equal(outcome, r.Outcome);
        Assert.Equal(nearMiss, r.NearMiss);
        Assert.Contains("6 mois", r.Expected);
    }

    [Fact]
    public void Evaluate_RelevantOnly_AccountantJobNotCountedForCaseManager()
    {
        ExperienceEntry[] jobs =
        [
            Job("Gestionnaire de cas VBG", "IRC", OrganizationType.Ingo, "2022-01", "2023-12"),
            Job("Comptable", "BNDA", OrganizationType.Private, "2018-01", "2020-12"),
        ];
        var relevant = Experience(Asking(3, relevantOnly: true), jobs);
        Assert.Equal(Outcome.NotMet, relevant.Outcome);
        Assert.Contains("d'expérience pertinente sur 3 ans requis", relevant.Sentence);
        Assert.Contains("non compté : Comptable (BNDA)", relevant.Sentence);
        Assert.Contains("compté : Gestionnaire de cas VBG (IRC)", relevant.Sentence);
        var implicitRelevance = Experience(Asking(3, relevantOnly: false), jobs);
        Assert.Equal(Outcome.NotMet, implicitRelevance.Outcome);
        var noFamily = Experience(Asking(3, relevantOnly: true, title: "Vacataire"), jobs);
        Assert.Equal(Outcome.Met, noFamily.Outcome);
        Assert.StartsWith("5 ans d'expérience ;", noFamily.Sentence);
    }

    [Fact]
    public void Evaluate_RelevantOnly_TwoOfThreeYearsSentence()
    {
        var r = Experience(Asking(3, relevantOnly: true), Job("Gestionnaire de cas VBG", "IRC", OrganizationType.Ingo, "2022-01", "2023-12"));
        Assert.Contains("2 ans d'expérience pertinente sur 3 ans requis", r.Sentence);
        Assert.Contains("manque 1 an", r.Sentence);
    }

    [Fact]
    public void Evaluate_ScopedInternationalNgoMissing_Partial()
    {
        var p = OfficierProtection;
        var local = Experience(p,
            Job("Agent de protection", "AMSS", OrganizationType.Ngo, "2015-01", "2019-12"),
            Job("Officier protection", "AMCP-SP", OrganizationType.Ngo, "2020-01", "2022-12"));
        Assert.Equal(Outcome.Partial, local.Outcome);
        Assert.Contains("en ONG internationale", local.Sentence);
        var international = Experience(p,
            Job("Agent de protection", "AMSS", OrganizationType.Ngo, "2015-01", "2019-12"),
            Job("Officier protection", "INTERSOS", OrganizationType.Ingo, "2020-01", "2022-12"));
        Assert.Equal(Outcome.Met, international.Outcome);
        Assert.True(international.Score > local.Score);
        Assert.Contains("dont 2 ans en ONG internationale", international.Expected);
    }

    [Fact]
    public void Evaluate_ScopedUnJobCountsAsInternational_Met()
    {
        var r = Experience(OfficierProtection,
            Job("Agent de protection", "AMSS", OrganizationType.Ngo, "2015-01", "2019-12"),
            Job("Officier protection", "HCR", OrganizationType.Un, "2020-01", "2022-12"));
        Assert.Equal(Outcome.Met, r.Outcome);
    }

    [Fact]
    public void Evaluate_NotStated_Unknown()
    {
        var ranked = Rank(new CandidateProfile("c-1"), Asking(3));
        var r = ranked.Criterion(CriterionKind.Experience);
        Assert.Equal(Outcome.Unknown, r.Outcome);
        Assert.True(ranked.NeedsReview);
        Assert.True(ranked.Eligible);
        Assert.False(Rank(new CandidateProfile("c-1"), Asking(3), new MatchOptions { ReferenceDate = Reference, UnknownRequired = UnknownPolicy.Exclude }).Eligible);
    }

    [Fact]
    public void Evaluate_NoJob_NotMet()
    {
        var r = Experience(Asking(2));
        Assert.Equal(Outcome.NotMet, r.Outcome);
        Assert.Equal(0, r.Score);
    }
}
