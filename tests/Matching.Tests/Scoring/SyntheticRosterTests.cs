using Matching.Model;
using Matching.Places;
using Matching.Scoring;
using Matching.Serialization;
using Xunit;

namespace Matching.Tests.Scoring;

public class SyntheticRosterTests
{
    [Fact]
    public void Generate_SameSeed_SameRoster()
        => Assert.Equal(MatchingJson.WriteCandidates(SyntheticRoster.Generate(500, 42)), MatchingJson.WriteCandidates(SyntheticRoster.Generate(500, 42)));

    [Fact]
    public void Generate_OtherSeed_OtherRoster()
        => Assert.NotEqual(MatchingJson.WriteCandidates(SyntheticRoster.Generate(50, 42)), MatchingJson.WriteCandidates(SyntheticRoster.Generate(50, 43)));

    [Fact]
    public void Generate_FixedSeed_GivesTheRecordedRoster()
    {
        // Pinned, so that a change of generator, or a platform-dependent one, shows up.
        var json = MatchingJson.WriteCandidates(SyntheticRoster.Generate(200, 7));
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Equal("6B5420F75ADF8EBF1BC5058974A0EE8B10F3FBE275E2ECBF1D499D8AD66619E1", hash);
    }

    [Fact]
    public void Profile_AnyIndex_EqualsGeneratedProfile()
        => Assert.Equal(MatchingJson.WriteCandidates([SyntheticRoster.Generate(40, 7)[39]]), MatchingJson.WriteCandidates([SyntheticRoster.Profile(7, 39)]));

    [Fact]
    public void Stream_LongerRoster_StartsWithTheShorterOne()
        => Assert.Equal(MatchingJson.WriteCandidates(SyntheticRoster.Generate(100, 3)), MatchingJson.WriteCandidates(SyntheticRoster.Stream(300, 3).Take(100)));

    [Fact]
    public void Generate_LargeRoster_HasRealisticShares()
    {
        var roster = SyntheticRoster.Generate(20_000, 1);
        Assert.Equal(20_000, roster.Select(p => p.Id).Distinct().Count());
        double Share(Func<CandidateProfile, bool> f) => roster.Count(f) / (double)roster.Count;
        foreach (var unknown in new[] { Share(p => p.Education is null), Share(p => p.Experience is null), Share(p => p.Languages is null), Share(p => p.Home is null), Share(p => p.Licences is null) })
            Assert.InRange(unknown, 0.05, 0.25);
        var levels = roster.Where(p => p.Education is not null).SelectMany(p => p.Education!).Where(e => e.Level is not null).GroupBy(e => e.Level!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(levels[DiplomaLevel.Bac3] > levels[DiplomaLevel.Bac5]);
        Assert.True(levels[DiplomaLevel.Bac5] > 2 * levels[DiplomaLevel.Bac8]);
        Assert.InRange(Share(p => p.Languages?.Any(l => l.Language.Value == "french") == true), 0.75, 0.95);
        Assert.InRange(Share(p => p.Languages?.Any(l => l.Language.Value == "bambara") == true), 0.5, 0.8);
        var jobs = roster.Where(p => p.Experience is not null).SelectMany(p => p.Experience!).ToList();
        Assert.Contains(jobs, j => j.Start is not null && j.End is null);
        Assert.Contains(jobs, j => j.Months is not null);
        Assert.All(jobs, j => Assert.True(j.Start is null || j.Start.Value.Index <= (2026 - 1900) * 12));
        Assert.Contains(jobs, j => j.OrganizationType == OrganizationType.Un);
        Assert.Contains(jobs, j => j.OrganizationType == OrganizationType.Government);
    }

    [Fact]
    public void Generate_Homes_AreRealTownsTheGazetteerResolves()
    {
        var homes = SyntheticRoster.Generate(5_000, 9).Select(p => p.Home).OfType<string>().Distinct().ToList();
        Assert.True(homes.Count >= 30);
        var unresolved = homes.Where(h => Gazetteer.Default.Resolve(h) is null).ToList();
        Assert.True(unresolved.Count == 0, "not resolved: " + string.Join(", ", unresolved));
    }
}
