using Matching.Places;
using Xunit;

namespace Matching.Tests.Places;

public sealed class GazetteerRankingTests
{
    // name, alternates, country, admin1, admin2, lat, lon, population, source_id, place_type, admin1_2023
    private static string[] Row(string name, string alternates, string country, string type, string population = "", string id = "geonames:1", string admin2 = "Mopti")
        => [name, alternates, country, "Mopti", admin2, "14.5", "-4.2", population, id, type, country == "ML" ? "Mopti" : ""];

    [Fact]
    public void Resolve_Homonyms_PreferCercleSeatOverVillage()
    {
        var gazetteer = new Gazetteer([Row("Niamana", "", "ML", "PPL", id: "geonames:1"), Row("Niamana", "", "ML", "PPLA2", id: "geonames:2")]);

        Assert.Equal("geonames:2", gazetteer.Resolve("Niamana")!.Place.SourceId);
    }

    [Fact]
    public void Resolve_HomonymsOfEqualType_PreferLargerPopulation()
    {
        var gazetteer = new Gazetteer([Row("Kalaban", "", "ML", "PPL", "200", "geonames:1"), Row("Kalaban", "", "ML", "PPL", "900", "geonames:2")]);

        Assert.Equal("geonames:2", gazetteer.Resolve("Kalaban")!.Place.SourceId);
    }

    [Fact]
    public void Resolve_HomonymsOfEqualTypeAndPopulation_PreferMali()
    {
        var gazetteer = new Gazetteer([Row("Touba", "", "SN", "PPL", id: "geonames:1"), Row("Touba", "", "ML", "PPL", id: "geonames:2")]);

        Assert.Equal("ML", gazetteer.Resolve("Touba")!.Place.CountryCode);
    }

    [Fact]
    public void Resolve_AlternateOfASeat_BeatsAVillageOfThatName()
    {
        var gazetteer = new Gazetteer([Row("Ségoukoro", "Segoukoro", "ML", "PPL", id: "geonames:1"), Row("Ségou", "Segou,Ségoukoro", "ML", "PPLA", id: "geonames:2")]);

        Assert.Equal("Ségou", gazetteer.Resolve("Ségoukoro")!.Place.Name);
    }

    [Fact]
    public void Resolve_EqualRank_CanonicalNameBeatsAlternate()
    {
        var gazetteer = new Gazetteer([Row("Kona", "Konna", "ML", "PPL", id: "geonames:1"), Row("Konna", "Kona", "ML", "PPL", id: "geonames:2")]);

        Assert.Equal("geonames:2", gazetteer.Resolve("Konna")!.Place.SourceId);
        Assert.Equal("geonames:1", gazetteer.Resolve("Kona")!.Place.SourceId);
    }

    [Fact]
    public void Constructor_MalformedRows_AreSkipped()
    {
        var gazetteer = new Gazetteer([["Mopti"], Row("Mopti", "", "ML", "PPLA"), ["X", "", "ML", "Mopti", "", "abc", "def", "", "geonames:9", "PPL", ""]]);

        Assert.Equal(1, gazetteer.Count);
    }
}
