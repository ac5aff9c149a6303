using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Scoring;

public sealed class RankingTests
{
    private static readonly CandidateProfile[] Pool =
    [
        new("c-1") { Education = [new EducationEntry(DiplomaLevel.Bac5, "sociologie")], Languages = [new LanguageSkill(LanguageKey.Parse("bambara"))] },
        new("c-2") { Education = [new EducationEntry(DiplomaLevel.Bac2, "gestion")], Languages = [] },
        new("c-3") { Education = [new EducationEntry(DiplomaLevel.Bac3, "animation et mobilisation sociale")], Languages = [new LanguageSkill(LanguageKey.Parse("soninke"))] },
    ];

    [Fact]
    public void Merge_TwoParts_SameAsWhole()
    {
        var posting = MobilisationCommunautaire;
        var whole = Matcher.Rank(Pool, posting, Options());
        var merged = Ranking.Merge([Matcher.Rank(Pool[..1], posting, Options()), Matcher.Rank(Pool[1..], posting, Options())]);
        Assert.Equal(whole.Results.Select(r => (r.Rank, r.Id)), merged.Results.Select(r => (r.Rank, r.Id)));
        Assert.Equal(3, merged.CandidateCount);
    }

    [Fact]
    public void Merge_SameCandidateInTwoParts_ArgumentException()
    {
        var posting = MobilisationCommunautaire;
        var a = Matcher.Rank(Pool[..2], posting, Options());
        var b = Matcher.Rank(Pool[1..], posting, Options());
        Assert.Contains("c-2", Assert.Throws<ArgumentException>(() => Ranking.Merge([a, b])).Message);
    }

    [Fact]
    public void Merge_RankingsOfTwoPostings_ArgumentException()
    {
        var a = Matcher.Rank(Pool[..1], MobilisationCommunautaire, Options());
        var b = Matcher.Rank(Pool[1..], Mobilisateur, Options());
        Assert.Contains("parts[1]", Assert.Throws<ArgumentException>(() => Ranking.Merge([a, b])).Message);
    }

    [Fact]
    public void Merge_SamePostingReadTwice_Merged()
    {
        const string json = """{ "postings": [ { "title": "Comptable", "locations": ["Mopti"], "languages": [ { "anyOf": ["french"], "required": true } ] } ] }""";
        var a = Matcher.Rank(Pool[..1], Matching.Serialization.MatchingJson.ReadPostings(json, "shard-1.json")[0], Options());
        var b = Matcher.Rank(Pool[1..], Matching.Serialization.MatchingJson.ReadPostings(json, "shard-2.json")[0], Options());
        Assert.Equal(3, Ranking.Merge([a, b]).Results.Count);
    }

    [Fact]
    public void Merge_Nothing_ArgumentException() => Assert.Throws<ArgumentException>(() => Ranking.Merge([]));

    [Fact]
    public void Rank_SeedCandidates_BestQualifiedFirstIneligibleLast()
    {
        var r = Matcher.Rank(Pool, MobilisationCommunautaire, Options()).Results;
        Assert.Equal("c-2", r[^1].Id);
        Assert.False(r[^1].Eligible);
        Assert.True(r[0].Eligible);
    }
}
