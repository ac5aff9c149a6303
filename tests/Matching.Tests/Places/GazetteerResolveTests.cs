using Matching.Places;
using Xunit;

namespace Matching.Tests.Places;

public sealed class GazetteerResolveTests
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    [Theory]
    [InlineData("Kolondieba", "Kolondiéba", "geonames:2454934")]
    [InlineData("Kolondiéba", "Kolondiéba", "geonames:2454934")]
    [InlineData("Somadougou", "Somadougou", "geonames:2450804")]
    [InlineData("Goundaga", "Goundaka", "geonames:2456918")]
    [InlineData("Mopti", "Mopti", "geonames:2453348")]
    [InlineData("Bandiagara", "Bandiagara", "geonames:2460489")]
    [InlineData("Bamako", "Bamako", "geonames:2460596")]
    [InlineData("Koulikoro", "Koulikoro", null)]
    [InlineData("Niono", "Niono", null)]
    [InlineData("Macina", "Macina", null)]
    [InlineData("Sévaré", "Sévaré", "geonames:2451285")]
    [InlineData("Sevare", "Sévaré", "geonames:2451285")]
    [InlineData("Djenné", "Djenné", "geonames:2458589")]
    [InlineData("Djenne", "Djenné", "geonames:2458589")]
    [InlineData("Sikasso", "Sikasso", null)]
    [InlineData("Bankass", "Bankass", "geonames:2460401")]
    [InlineData("Ségou", "Ségou", null)]
    public void Resolve_DutyStationOfTheSeeds_ResolvesInMali(string query, string name, string? sourceId)
    {
        var found = Places.Resolve(query);

        Assert.NotNull(found);
        Assert.Equal(name, found.Place.Name);
        Assert.Equal("ML", found.Place.CountryCode);
        Assert.Equal(AreaScope.Place, found.Scope);
        if (sourceId is not null) Assert.Equal(sourceId, found.Place.SourceId);
    }

    [Theory]
    [InlineData("Tombouctu", "Tombouctou")]
    [InlineData("Tomboctou", "Tombouctou")]
    [InlineData("Kolondeba", "Kolondiéba")]
    [InlineData("Bandiagra", "Bandiagara")]
    [InlineData("Segou", "Ségou")]
    [InlineData("Gao", "Gao")]
    [InlineData("Menaka", "Ménaka")]
    [InlineData("Ménaka", "Ménaka")]
    [InlineData("Kidal", "Kidal")]
    [InlineData("Kayes", "Kayes")]
    [InlineData("Koutiala", "Koutiala")]
    [InlineData("San", "San")]
    [InlineData("Douentza", "Douentza")]
    [InlineData("Dioila", "Dioïla")]
    [InlineData("Timbuktu", "Tombouctou")]
    [InlineData("Nioro", "Nioro du Sahel")]
    [InlineData("KOLONDIEBA", "Kolondiéba")]
    [InlineData("sévaré", "Sévaré")]
    [InlineData("Kolon-Diéba", "Kolondiéba")]
    [InlineData("Somadugou", "Somadougou")]
    public void Resolve_MisspelledOrAccentless_ResolvesToTheRightPlace(string query, string name)
    {
        var found = Places.Resolve(query);

        Assert.NotNull(found);
        Assert.Equal(name, found.Place.Name);
        Assert.Equal("ML", found.Place.CountryCode);
    }

    [Theory]
    [InlineData("Ségou", MatchKind.Exact)]
    [InlineData("Segou", MatchKind.Exact)]
    [InlineData("SÉGOU", MatchKind.Exact)]
    [InlineData("Sègou", MatchKind.Folded)]
    [InlineData("Kolon-Diéba", MatchKind.Folded)]
    [InlineData("Tombouctu", MatchKind.Fuzzy)]
    public void Resolve_MatchKind_ReflectsHowTheNameMatched(string query, MatchKind kind)
    {
        var found = Places.Resolve(query);

        Assert.NotNull(found);
        Assert.Equal(kind, found.Match);
    }

    [Fact]
    public void Resolve_Confidence_ExactAboveFoldedAboveFuzzy()
    {
        var exact = Places.Resolve("Ségou")!;
        var folded = Places.Resolve("Sègou")!;
        var fuzzy = Places.Resolve("Tombouctu")!;

        Assert.Equal(1.0, exact.Confidence);
        Assert.Equal(0.95, folded.Confidence, 6);
        Assert.InRange(fuzzy.Confidence, 0.5, 0.9);
    }

    [Theory]
    [InlineData("cercle de Bandiagara", "Bandiagara", AreaScope.Cercle)]
    [InlineData("Cercle de Kolondiéba", "Kolondiéba", AreaScope.Cercle)]
    [InlineData("cercle d'Ansongo", "Ansongo", AreaScope.Cercle)]
    [InlineData("Bandiagara (cercle)", "Bandiagara", AreaScope.Cercle)]
    [InlineData("région de Mopti", "Mopti", AreaScope.Region)]
    [InlineData("Région de Ségou", "Ségou", AreaScope.Region)]
    [InlineData("region de Tombouctou", "Tombouctou", AreaScope.Region)]
    [InlineData("région de Tombouctu", "Tombouctou", AreaScope.Region)]
    [InlineData("région de Bougouni", "Bougouni", AreaScope.Region)]
    [InlineData("district de Bamako", "Bamako", AreaScope.Region)]
    [InlineData("Bamako (Commune IV)", "Bamako", AreaScope.Place)]
    [InlineData("Bamako, Commune 6", "Bamako", AreaScope.Place)]
    [InlineData("commune de Macina", "Macina", AreaScope.Place)]
    [InlineData("ville de Mopti", "Mopti", AreaScope.Place)]
    [InlineData("Sévaré (Mali)", "Sévaré", AreaScope.Place)]
    [InlineData("Mopti et environs", "Mopti", AreaScope.Place)]
    [InlineData("basé à Sévaré avec déplacements fréquents", "Sévaré", AreaScope.Place)]
    [InlineData("Kolondiéba, région de Sikasso", "Kolondiéba", AreaScope.Place)]
    [InlineData("Niono, région de Ségou", "Niono", AreaScope.Place)]
    [InlineData("Région de Tombouctou (Mali)", "Tombouctou", AreaScope.Region)]
    [InlineData("Commune urbaine de Mopti", "Mopti", AreaScope.Place)]
    [InlineData("région du Sahel", "Dori", AreaScope.Region)]
    public void Resolve_WithPrefixOrExtraWords_FindsPlaceAndScope(string query, string name, AreaScope scope)
    {
        var found = Places.Resolve(query);

        Assert.NotNull(found);
        Assert.Equal(name, found.Place.Name);
        Assert.Equal(scope, found.Scope);
        Assert.Equal(query, found.Query);
    }

    [Fact]
    public void Resolve_RegionOfMopti_IsExactWithFullConfidence()
    {
        var found = Places.Resolve("région de Mopti")!;

        Assert.Equal(MatchKind.Exact, found.Match);
        Assert.Equal(1.0, found.Confidence);
    }

    [Fact]
    public void Resolve_ExtraWords_LowersConfidence()
    {
        var found = Places.Resolve("Mopti et environs")!;

        Assert.True(found.Confidence < 1.0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("k")]
    [InlineData("é")]
    [InlineData("Paris")]
    [InlineData("Paris, France")]
    [InlineData("xqzvbnmwrt")]
    [InlineData("azertyuiop qsdfghjklm")]
    [InlineData("Chargé de suivi-évaluation")]
    [InlineData("!!!---")]
    [InlineData("(Mali)")]
    [InlineData("cercle de")]
    [InlineData("Commune IV")]
    [InlineData("Mali")]
    [InlineData("Nord du Mali")]
    [InlineData("Kalaban")]
    public void Resolve_NotAPlace_ReturnsNull(string? query)
    {
        Assert.Null(Places.Resolve(query));
        Assert.False(Places.TryResolve(query, out var resolution));
        Assert.Null(resolution);
    }

    [Fact]
    public void Resolve_VeryLongText_ReturnsNull()
    {
        Assert.Null(Places.Resolve(new string('a', 10_000)));
        Assert.Null(Places.Resolve(string.Concat(Enumerable.Repeat("Mopti ", 2_000))));
    }

    [Theory]
    [InlineData("\uD800Mopti")]
    [InlineData("Mopti\uDC00")]
    [InlineData("Mo\uDC00\uD800pti")]
    public void Resolve_LoneSurrogate_DoesNotThrow(string query)
    {
        var found = Places.Resolve(query);

        Assert.True(found is null || found.Confidence is > 0 and <= 1);
    }

    [Fact]
    public void Resolve_FromManyThreads_GivesTheSameAnswers()
    {
        var queries = new[] { "Kolondiéba", "Tombouctu", "région de Mopti", "Paris", "Somadugou", "Bamako (Commune IV)" };
        var expected = queries.Select(q => Places.Resolve(q)?.Place.SourceId).ToArray();

        var results = Enumerable.Range(0, 2_000).AsParallel().Select(i => Places.Resolve(queries[i % queries.Length])?.Place.SourceId == expected[i % queries.Length]).ToArray();

        Assert.All(results, Assert.True);
    }

    [Fact]
    public void TryResolve_KnownName_ReturnsTrueWithResolution()
    {
        Assert.True(Places.TryResolve("Kolondiéba", out var resolution));
        Assert.Equal("Kolondiéba", resolution.Place.Name);
    }

    [Fact]
    public void Default_Count_HoldsBothFiles()
    {
        Assert.Equal(15_389 + 524, Places.Count);
        Assert.Same(Gazetteer.Default, Gazetteer.Default);
    }

    [Fact]
    public void Resolve_PlaceFields_ComeFromTheData()
    {
        var kolondieba = Places.Resolve("Kolondiéba")!.Place;

        Assert.Equal("Sikasso", kolondieba.Region);
        Assert.Equal("Kolondiéba", kolondieba.Cercle);
        Assert.Equal("Bougouni", kolondieba.Region2023);
        Assert.Equal(PlaceKind.CercleSeat, kolondieba.Kind);
        Assert.Equal(PlaceKind.Capital, Places.Resolve("Bamako")!.Place.Kind);
        Assert.Equal(PlaceKind.RegionSeat, Places.Resolve("Mopti")!.Place.Kind);
        Assert.Equal(PlaceKind.Town, Places.Resolve("Somadougou")!.Place.Kind);
    }

    [Fact]
    public void Resolve_ForeignCapital_ResolvesOutsideMali()
    {
        var found = Places.Resolve("Ouagadougou");

        Assert.NotNull(found);
        Assert.Equal("BF", found.Place.CountryCode);
        Assert.Equal(PlaceKind.Capital, found.Place.Kind);
    }
}
