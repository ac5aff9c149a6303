using Matching.Model;
using Matching.Scoring;
using Xunit;

namespace Matching.Tests;

/// <summary>Values that cannot mean anything are refused where they are made, naming the member.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void EducationEntry_UndeclaredLevel_Refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new EducationEntry((DiplomaLevel)99));
        Assert.Equal("Level", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EducationEntry(DiplomaLevel.Bac) with { Level = (DiplomaLevel)42 });
    }

    [Fact]
    public void LanguageSkill_DefaultKeyOrUndeclaredLevel_Refused()
    {
        Assert.Equal("Language", Assert.Throws<ArgumentException>(() => new LanguageSkill(default)).ParamName);
        Assert.Equal("Level", Assert.Throws<ArgumentOutOfRangeException>(() => new LanguageSkill(LanguageKey.French, (LanguageLevel)9)).ParamName);
    }

    [Fact]
    public void LanguageGroup_UndeclaredModes_Refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new LanguageGroup([LanguageKey.French], Necessity.Required, null, (LanguageModes)0x100));

    [Fact]
    public void LanguageGroup_CombinedModes_Accepted()
        => Assert.Equal(LanguageModes.Read | LanguageModes.Written, new LanguageGroup([LanguageKey.French], Necessity.Required, null, LanguageModes.Read | LanguageModes.Written).Modes);

    [Fact]
    public void Licences_UndeclaredCategory_Refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LicenceRequirement((LicenceCategory)77));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CandidateProfile("c-1") { Licences = [(LicenceCategory)77] });
    }

    [Fact]
    public void ExperienceEntry_EndBeforeStart_Refused_EitherOrder()
    {
        Assert.Throws<ArgumentException>(() => new ExperienceEntry { Start = new YearMonth(2020, 5), End = new YearMonth(2019, 1) });
        Assert.Throws<ArgumentException>(() => new ExperienceEntry { End = new YearMonth(2019, 1), Start = new YearMonth(2020, 5) });
        Assert.Equal(new YearMonth(2020, 5), new ExperienceEntry { Start = new YearMonth(2020, 5), End = new YearMonth(2020, 5) }.End);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-5)]
    public void ScopedExperience_YearsOutOfRange_Refused(double years)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ScopedExperience(years, "en ONG internationale"));

    [Fact]
    public void LanguageKeyAll_CannotBeChangedByACaller()
        => Assert.Throws<NotSupportedException>(() => ((IList<LanguageKey>)LanguageKey.All).Add(LanguageKey.French));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RankingMerge_TopNotPositive_Refused(int top)
    {
        var part = Matcher.Rank([new CandidateProfile("a")], new Posting { Title = "Chauffeur" });
        Assert.Equal("top", Assert.Throws<ArgumentOutOfRangeException>(() => Ranking.Merge([part], top)).ParamName);
    }

    [Fact]
    public void Profile_UndeclaredGender_Refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new CandidateProfile("c-1") { Gender = (Sex)5 });
}
