using Matching.Model;
using Matching.Scoring;
using Matching.Tests.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests;

public sealed class MatcherTests
{
    private static CandidateProfile CaseManager(string id, string end = "2024-12") => new(id)
    {
        Gender = Sex.Female,
        Home = "Kolondiéba",
        Education = [new EducationEntry(DiplomaLevel.Bac3, "psychologie")],
        Experience = [Job("Gestionnaire de cas VBG", "IRC", OrganizationType.Ingo, "2020-01", end)],
        Languages = [new LanguageSkill(LanguageKey.French, LanguageLevel.Fluent)],
        Licences = [],
        Skills = ["word"],
    };

    [Fact]
    public void Rank_FailsOneRequiredCriterionBySmallMargin_NearMiss()
    {
        var r = Rank(CaseManager("c-1", "2022-06"), GestionnaireDeCas);
        Assert.False(r.Eligible);
        Assert.True(r.NearMiss);
        Assert.StartsWith("Non éligible de peu", r.Summary);
    }

    [Fact]
    public void Rank_FailsOneRequiredCriterionByLargeMargin_NotNearMiss()
    {
        var r = Rank(CaseManager("c-1", "2020-12"), GestionnaireDeCas);
        Assert.False(r.Eligible);
        Assert.False(r.NearMiss);
        Assert.StartsWith("Non éligible :", r.Summary);
    }

    [Fact]
    public void Rank_FailsTwoRequiredCriteriaEachNarrowly_NotNearMiss()
    {
        var c = CaseManager("c-1", "2022-06") with { Education = [new EducationEntry(DiplomaLevel.Bac2, "psychologie")] };
        var r = Rank(c, GestionnaireDeCas);
        Assert.False(r.Eligible);
        Assert.False(r.NearMiss);
    }

    [Fact]
    public void Rank_ReferenceDateAfterDeadline_PostingClosed()
    {
        var closed = Matcher.Rank([CaseManager("c-1")], GestionnaireDeCas, new MatchOptions { ReferenceDate = new DateOnly(2026, 2, 21) });
        Assert.False(closed.IsOpen);
        var lastDay = Matcher.Rank([CaseManager("c-1")], GestionnaireDeCas, new MatchOptions { ReferenceDate = new DateOnly(2026, 2, 20) });
        Assert.True(lastDay.IsOpen);
        Assert.Null(Matcher.Rank([CaseManager("c-1")], GestionnaireDeCas).IsOpen);
    }

    [Fact]
    public void Rank_DuplicateIds_ArgumentExceptionNamingBothIndexes()
    {
        var e = Assert.Throws<ArgumentException>(() => Matcher.Rank([CaseManager("c-1"), CaseManager("c-2"), CaseManager("c-1")], GestionnaireDeCas));
        Assert.Contains("candidates[2]", e.Message);
        Assert.Contains("candidates[0]", e.Message);
        Assert.Contains("c-1", e.Message);
    }

    [Fact]
    public void Rank_NullCandidate_ArgumentExceptionWithIndex()
    {
        var e = Assert.Throws<ArgumentException>(() => Matcher.Rank([CaseManager("c-1"), null!], GestionnaireDeCas));
        Assert.Contains("candidates[1]", e.Message);
    }

    [Fact]
    public void Rank_NoCandidates_EmptyRanking()
    {
        var r = Matcher.Rank([], GestionnaireDeCas);
        Assert.Empty(r.Results);
        Assert.Equal(0, r.CandidateCount);
    }

    [Fact]
    public void Rank_PostingWithoutCriteria_EveryoneEligibleScoreOneOrderedById()
    {
        var r = Matcher.Rank([new CandidateProfile("b"), new CandidateProfile("B"), new CandidateProfile("a")], new Posting { Title = "Agent" });
        Assert.Equal(["B", "a", "b"], r.Results.Select(x => x.Id));
        Assert.All(r.Results, x => Assert.Equal(1.0, x.Score));
    }

    [Fact]
    public void Explain_Candidate_SameAsRanked()
    {
        var c = CaseManager("c-1");
        var ranked = Rank(c, GestionnaireDeCas);
        var explained = Matcher.Explain(c, GestionnaireDeCas, Options());
        Assert.Equal(ranked.Score, explained.Score);
        Assert.Equal(ranked.Summary, explained.Summary);
    }
}
