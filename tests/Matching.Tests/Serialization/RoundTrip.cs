using Matching.Model;
using Xunit;

namespace Matching.Tests.Serialization;

/// <summary>Field-by-field comparison of postings and profiles after a JSON round trip.</summary>
internal static class RoundTrip
{
    public static void AssertSame(Posting a, Posting b)
    {
        Assert.Equal(a.Title, b.Title);
        Assert.Equal(a.Organization, b.Organization);
        Assert.Equal(a.Positions, b.Positions);
        Assert.Equal(a.Locations, b.Locations);
        Assert.Equal(a.ContractType, b.ContractType);
        Assert.Equal(a.DurationMonths, b.DurationMonths);
        Assert.Equal(a.Start, b.Start);
        Assert.Equal(a.Deadline, b.Deadline);
        Assert.Equal(a.ReservedTo, b.ReservedTo);
        Assert.Equal(a.WomenEncouraged, b.WomenEncouraged);
        Assert.Equal(a.Education?.MinLevel, b.Education?.MinLevel);
        Assert.Equal(a.Education?.Fields ?? [], b.Education?.Fields ?? []);
        Assert.Equal(a.Education?.Necessity, b.Education?.Necessity);
        Assert.Equal(a.Experience?.MinYears, b.Experience?.MinYears);
        Assert.Equal(a.Experience?.Necessity, b.Experience?.Necessity);
        Assert.Equal(a.Experience?.RelevantOnly, b.Experience?.RelevantOnly);
        Assert.Equal(a.Experience?.Domain, b.Experience?.Domain);
        Assert.Equal(a.Experience?.Scoped ?? [], b.Experience?.Scoped ?? []);
        Assert.Equal(a.Languages.Count, b.Languages.Count);
        for (var i = 0; i < a.Languages.Count; i++)
        {
            Assert.Equal(a.Languages[i].AnyOf, b.Languages[i].AnyOf);
            Assert.Equal(a.Languages[i].Necessity, b.Languages[i].Necessity);
            Assert.Equal(a.Languages[i].MinLevel, b.Languages[i].MinLevel);
            Assert.Equal(a.Languages[i].Modes, b.Languages[i].Modes);
        }
        Assert.Equal(a.Licences, b.Licences);
        Assert.Equal(a.AreasToKnow?.Areas ?? [], b.AreasToKnow?.Areas ?? []);
        Assert.Equal(a.AreasToKnow?.Necessity, b.AreasToKnow?.Necessity);
        Assert.Equal(a.Nationality, b.Nationality);
        Assert.Equal(a.Skills, b.Skills);
    }

    public static void AssertSame(CandidateProfile a, CandidateProfile b)
    {
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a.Name, b.Name);
        Assert.Equal(a.Gender, b.Gender);
        Assert.Equal(a.Nationality, b.Nationality);
        Assert.Equal(a.Home, b.Home);
        Same(a.AreasKnown, b.AreasKnown);
        Same(a.Education, b.Education);
        Same(a.Experience, b.Experience);
        Same(a.Languages, b.Languages);
        Same(a.Licences, b.Licences);
        Same(a.Skills, b.Skills);
    }

    private static void Same<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b)
    {
        Assert.Equal(a is null, b is null);
        if (a is not null) Assert.Equal(a, b!);
    }
}
