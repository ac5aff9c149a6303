using Matching.Model;
using Matching.Scoring;
using Xunit;

namespace Matching.Tests.Scoring;

public class CandidateIndexTests
{
    private static readonly Posting CaseWorker = new()
    {
        Title = "Gestionnaire de cas",
        Locations = ["Kolondiéba"],
        Education = new EducationRequirement(DiplomaLevel.Bac3, ["travail social", "psychologie"]),
        Experience = new ExperienceRequirement(3, relevantOnly: true),
        Languages = [new LanguageGroup([LanguageKey.French]), new LanguageGroup([LanguageKey.Local], Necessity.Preferred)],
        Skills = ["word", "excel", "internet"],
        ReservedTo = Sex.Female,
    };

    [Fact]
    public void Build_Empty_RanksNothing()
    {
        var index = CandidateIndex.Build([]);
        var ranking = index.Rank(CaseWorker, 10);
        Assert.Equal(0, index.Count);
        Assert.Equal(0, ranking.CandidateCount);
        Assert.Empty(ranking.Results);
    }

    [Fact]
    public void Build_DuplicateId_ThrowsNamingTheId()
    {
        var roster = new[] { new CandidateProfile("AM-017"), new CandidateProfile("AM-018"), new CandidateProfile("AM-017") };
        var e = Assert.Throws<ArgumentException>(() => CandidateIndex.Build(roster));
        Assert.Contains("'AM-017'", e.Message, StringComparison.Ordinal);
        Assert.Contains("profiles[2]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NullProfile_ThrowsNamingThePosition()
    {
        var e = Assert.Throws<ArgumentException>(() => CandidateIndex.Build([new CandidateProfile("a"), null!]));
        Assert.Contains("profiles[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DuplicateIdInLargeRoster_ThrowsNamingTheFirstRepeat()
    {
        // Above the size at which the roster is read on both cores.
        var roster = SyntheticRoster.Generate(40_000, 3).ToList();
        roster[30_000] = roster[30_000] with { Id = roster[12].Id };
        roster[20_000] = roster[20_000] with { Id = roster[35_000].Id };
        var e = Assert.Throws<ArgumentException>(() => CandidateIndex.Build(roster));
        Assert.Contains($"profiles[30000] has the id '{roster[12].Id}' of profiles[12]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_EqualScores_OrderedByIdOrdinal()
    {
        // Ids sharing prefixes, one a prefix of another, accented and beyond Latin-1, in no order.
        string[] ids = ["MLI-2024-0100", "MLI-2024-010", "mli-2024-0100", "MLI-2024-0099", "MLI-2024-01000", "Ā-1", "é-1", "e-1", "MLI-2024-0100ā", "Z"];
        var roster = ids.Select(id => new CandidateProfile(id) { Languages = [new LanguageSkill(LanguageKey.French)] }).ToArray();
        var posting = new Posting { Title = "Animateur", Languages = [new LanguageGroup([LanguageKey.French])] };
        var ranking = CandidateIndex.Build(roster).Rank(posting, ids.Length);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ranking.Results.Select(r => r.Id));
        Assert.Single(ranking.Results.Select(r => r.Score).Distinct());
    }

    [Fact]
    public void Rank_NotPositiveTop_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => CandidateIndex.Build([]).Rank(CaseWorker, 0));

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    [InlineData(5000)]
    public void Rank_SyntheticRoster_EqualsMatcher(int top)
    {
        var roster = SyntheticRoster.Generate(3000, 2026);
        var options = new MatchOptions { ReferenceDate = new DateOnly(2026, 2, 21) };
        var expected = Matcher.Rank(roster, CaseWorker, Properties.IndexEquivalenceProperties.With(options, top));
        var actual = CandidateIndex.Build(roster).Rank(CaseWorker, top, options);
        Assert.True(Properties.IndexEquivalenceProperties.Same(expected, actual));
    }

    [Fact]
    public void Rank_LargeRosterOnEveryCore_EqualsMatcher()
    {
        // Above the size at which the scan is split across cores.
        var roster = SyntheticRoster.Generate(70_000, 5);
        var expected = Matcher.Rank(roster, CaseWorker, new MatchOptions { Top = 50 });
        var index = CandidateIndex.Build(roster);
        Assert.True(Properties.IndexEquivalenceProperties.Same(expected, index.Rank(CaseWorker, 50)));
        Assert.True(Properties.IndexEquivalenceProperties.Same(expected, index.Rank(CaseWorker with { }, 50)));
    }

    [Fact]
    public void Rank_ConcurrentRankings_EqualSequentialOnes()
    {
        var index = CandidateIndex.Build(SyntheticRoster.Generate(40_000, 8));
        var postings = new[]
        {
            CaseWorker,
            CaseWorker with { ReservedTo = null, Locations = ["Mopti", "Bandiagara"], Licences = [new LicenceRequirement(LicenceCategory.B)] },
            CaseWorker with { Title = "Comptable", Education = new EducationRequirement(DiplomaLevel.Bac2, ["comptabilité"]), AreasToKnow = new AreaRequirement(["Sévaré"]) },
            CaseWorker with { Experience = new ExperienceRequirement(2, scoped: [new ScopedExperience(1, "en ONG internationale", OrganizationType.Ingo)]) },
        };
        var sequential = postings.Select(p => index.Rank(p, 30)).ToArray();
        var concurrent = new Ranking[postings.Length * 3];
        Parallel.For(0, concurrent.Length, i => concurrent[i] = index.Rank(postings[i % postings.Length], 30));
        for (var i = 0; i < concurrent.Length; i++)
            Assert.True(Properties.IndexEquivalenceProperties.Same(sequential[i % postings.Length], concurrent[i]));
    }

    [Fact]
    public void Rank_PostingsAlikeInTurn_EachEqualsMatcher()
    {
        // One index, postings that differ only in what its kept per-posting tables are keyed on.
        var roster = SyntheticRoster.Generate(5000, 21);
        var index = CandidateIndex.Build(roster);
        var cases = new (Posting Posting, MatchOptions Options)[]
        {
            (CaseWorker, MatchOptions.Default),
            (CaseWorker with { Languages = [new LanguageGroup([LanguageKey.French], minLevel: LanguageLevel.Fluent)] }, MatchOptions.Default),
            (CaseWorker with { Languages = [new LanguageGroup([LanguageKey.French], minLevel: LanguageLevel.Fluent)] }, new MatchOptions { UnknownCredit = 0.1 }),
            (CaseWorker with { Languages = [new LanguageGroup([LanguageKey.French, LanguageKey.English], minLevel: LanguageLevel.Fluent)] }, MatchOptions.Default),
            (CaseWorker with { Languages = [new LanguageGroup([LanguageKey.Local], minLevel: LanguageLevel.Good)] }, MatchOptions.Default),
            (CaseWorker, MatchOptions.Default),
        };
        foreach (var (posting, options) in cases)
        {
            var expected = Matcher.Rank(roster, posting, Properties.IndexEquivalenceProperties.With(options, 40));
            Assert.True(Properties.IndexEquivalenceProperties.Same(expected, index.Rank(posting, 40, options)));
        }
    }

    [Fact]
    public void Build_Roster_CountsAndSizesItself()
    {
        var index = CandidateIndex.Build(SyntheticRoster.Generate(10_000, 11));
        Assert.Equal(10_000, index.Count);
        Assert.InRange(index.ApproximateBytes, 10_000 * 40L, 10_000 * 100L);
        Assert.InRange(index.DistinctValues, 10, 10_000 * 4);
    }
}
