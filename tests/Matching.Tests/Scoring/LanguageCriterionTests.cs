using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Scoring;

public sealed class LanguageCriterionTests
{
    private static LanguageSkill Speaks(string key, LanguageLevel? level = null) => new(LanguageKey.Parse(key), level);

    private static Posting Asking(params LanguageGroup[] groups) => new() { Title = "Animatrice communautaire", Languages = groups };

    private static LanguageGroup Group(Necessity need, LanguageLevel? level, params string[] keys) => new(keys.Select(LanguageKey.Parse), need, level);

    [Theory]
    [InlineData("bambara")]
    [InlineData("dogon")]
    [InlineData("fula")]
    public void Evaluate_AnyOneOfGroup_Met(string spoken)
    {
        var r = Rank(new CandidateProfile("c-1") { Languages = [Speaks("french"), Speaks(spoken)] }, Asking(Group(Necessity.Required, null, "bambara", "dogon", "fula", "songhay")));
        Assert.Equal(Outcome.Met, r.Criterion(CriterionKind.Languages).Outcome);
        Assert.True(r.Eligible);
    }

    [Fact]
    public void Evaluate_NoneOfGroup_NotMetIneligible()
    {
        var r = Rank(new CandidateProfile("c-1") { Languages = [Speaks("french"), Speaks("english")] }, Asking(Group(Necessity.Required, null, "bambara", "dogon")));
        Assert.Equal(Outcome.NotMet, r.Criterion(CriterionKind.Languages).Outcome);
        Assert.False(r.Eligible);
        Assert.Contains("Ne parle aucune de ces langues : Bambara ou Dogon", r.Criterion(CriterionKind.Languages).Sentence);
    }

    [Theory]
    [InlineData("bambara", Outcome.Met)]
    [InlineData("tamasheq", Outcome.Met)]
    [InlineData("soninke", Outcome.Met)]
    [InlineData("english", Outcome.NotMet)]
    [InlineData("french", Outcome.NotMet)]
    public void Evaluate_LocalGroup_MetByALanguageOfMali(string spoken, Outcome outcome)
    {
        var r = Rank(new CandidateProfile("c-1") { Languages = [Speaks(spoken, LanguageLevel.Fluent)] }, MobilisationCommunautaire);
        Assert.Equal(outcome, r.Criterion(CriterionKind.Languages).Outcome);
    }

    [Fact]
    public void Evaluate_LevelBelowAsked_NotMetNearMiss()
    {
        var p = Asking(Group(Necessity.Required, LanguageLevel.Fluent, "french"));
        var r = Rank(new CandidateProfile("c-1") { Languages = [Speaks("french", LanguageLevel.Good)] }, p);
        var c = r.Criterion(CriterionKind.Languages);
        Assert.Equal(Outcome.NotMet, c.Outcome);
        Assert.True(c.NearMiss);
        Assert.True(r.NearMiss);
        Assert.Contains("sous le niveau demandé", c.Sentence);
        var basic = Rank(new CandidateProfile("c-1") { Languages = [Speaks("french", LanguageLevel.Basic)] }, p).Criterion(CriterionKind.Languages);
        Assert.False(basic.NearMiss);
        Assert.True(basic.Score < c.Score);
    }

    [Fact]
    public void Evaluate_LevelAskedNotStated_Unknown()
    {
        var r = Rank(new CandidateProfile("c-1") { Languages = [Speaks("french")] }, Asking(Group(Necessity.Required, LanguageLevel.Fluent, "french")));
        Assert.Equal(Outcome.Unknown, r.Criterion(CriterionKind.Languages).Outcome);
        Assert.True(r.NeedsReview);
    }

    [Fact]
    public void Evaluate_PreferredGroupMissing_NeverBlocksEligibility()
    {
        var r = Rank(new CandidateProfile("c-1") { Languages = [Speaks("french", LanguageLevel.Fluent)] }, Asking(Group(Necessity.Required, null, "french"), Group(Necessity.Preferred, null, "local")));
        Assert.True(r.Eligible);
        Assert.Equal(Outcome.NotMet, r.Criterion(CriterionKind.Languages, 1).Outcome);
        Assert.Equal(Necessity.Preferred, r.Criterion(CriterionKind.Languages, 1).Necessity);
        Assert.Contains("souhaité", r.Criterion(CriterionKind.Languages, 1).Sentence);
    }

    [Fact]
    public void Evaluate_LanguagesNotStated_UnknownNotSilentPass()
    {
        var r = Rank(new CandidateProfile("c-1"), Asking(Group(Necessity.Required, null, "french")));
        Assert.Equal(Outcome.Unknown, r.Criterion(CriterionKind.Languages).Outcome);
        Assert.True(r.NeedsReview);
        Assert.Contains("Langues non renseignées", r.Criterion(CriterionKind.Languages).Sentence);
    }

    [Fact]
    public void Evaluate_OneCriterionPerGroup_WeightsShared()
    {
        var r = Rank(new CandidateProfile("c-1") { Languages = [Speaks("french")] }, OfficierProtection);
        var groups = r.Criteria.Where(c => c.Kind == CriterionKind.Languages).ToList();
        Assert.Equal(2, groups.Count);
        Assert.Equal(MatchWeights.Default.Languages / 2, groups[0].Weight, 12);
        Assert.Equal(groups[0].Weight, groups[1].Weight);
    }
}
