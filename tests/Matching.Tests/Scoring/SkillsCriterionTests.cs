using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Scoring;

public sealed class SkillsCriterionTests
{
    private static CriterionResult Skills(string[] asked, string[]? held)
        => Rank(new CandidateProfile("c-1") { Skills = held }, new Posting { Title = "Assistant", Skills = asked }).Criterion(CriterionKind.Skills);

    [Theory]
    [InlineData("office", "word")]
    [InlineData("office", "Excel")]
    [InlineData("word", "office")]
    [InlineData("excel", "office")]
    [InlineData("kobo", "kobo")]
    public void Evaluate_OfficeSuite_MatchesItsParts(string asked, string held)
        => Assert.Equal(Outcome.Met, Skills([asked], [held]).Outcome);

    [Theory]
    [InlineData("excel", "Microsoft Excel")]
    [InlineData("excel", "MS Excel 2016")]
    [InlineData("word", "Pack Office (Word, Excel, PowerPoint)")]
    [InlineData("office", "Microsoft Word")]
    [InlineData("kobo", "KoboToolbox / Kobo Collect")]
    [InlineData("spss", "Logiciel SPSS")]
    public void Evaluate_ToolAsTheCandidateWroteIt_ReadWithTheLexicon(string asked, string held)
        => Assert.Equal(Outcome.Met, Skills([asked], [held]).Outcome);

    [Theory]
    [InlineData("excel", "Microsoft Word")]
    [InlineData("spss", "Stata")]
    [InlineData("kobo", "cuisine")]
    public void Evaluate_OtherToolAsTheCandidateWroteIt_NotMet(string asked, string held)
        => Assert.Equal(Outcome.NotMet, Skills([asked], [held]).Outcome);

    [Fact]
    public void Explain_ToolNames_WrittenAsTheirMakersDo()
    {
        var r = Skills(["word", "excel", "spss"], ["word"]);
        Assert.Contains("Excel et SPSS", r.Sentence);
        Assert.Contains("Word, Excel et SPSS", r.Sentence);
    }

    [Fact]
    public void Evaluate_OfficeAskedKoboHeld_NotMet() => Assert.Equal(Outcome.NotMet, Skills(["office"], ["kobo"]).Outcome);

    [Fact]
    public void Evaluate_TwoOfThree_PartialShare()
    {
        var r = Skills(["word", "excel", "internet"], ["word", "excel"]);
        Assert.Equal(Outcome.Partial, r.Outcome);
        Assert.Equal(2.0 / 3, r.Score, 12);
        Assert.Contains("Ne mentionne pas Internet", r.Sentence);
    }

    [Fact]
    public void Evaluate_SkillsAlwaysPreferred_NeverBlockEligibility()
    {
        var r = Rank(new CandidateProfile("c-1") { Skills = [] }, new Posting { Title = "Assistant", Skills = ["spss"] });
        Assert.True(r.Eligible);
        Assert.Equal(Necessity.Preferred, r.Criterion(CriterionKind.Skills).Necessity);
    }

    [Fact]
    public void Evaluate_SkillsNotStated_Unknown() => Assert.Equal(Outcome.Unknown, Skills(["word"], null).Outcome);

    [Fact]
    public void Display_EveryToolOfTheLexicon_HasItsWrittenName()
    {
        var missing = SkillsCriterion.KnownTools.Where(t => SkillsCriterion.Display(t) == t && t.Any(char.IsLetter)).ToList();
        Assert.Empty(missing);
    }
}
