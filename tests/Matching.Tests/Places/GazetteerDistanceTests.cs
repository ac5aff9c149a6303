using Matching.Places;
using Xunit;

namespace Matching.Tests.Places;

public sealed class GazetteerDistanceTests
{
    private static Place At(string name) => Gazetteer.Default.Resolve(name)!.Place;

    [Theory]
    [InlineData("Bamako", "Mopti", 445, 475)]
    [InlineData("Mopti", "Sévaré", 9, 13)]
    [InlineData("Bamako", "Ségou", 185, 215)]
    [InlineData("Somadougou", "Sévaré", 20, 35)]
    public void DistanceKm_KnownPairs_MatchGreatCircle(string from, string to, double min, double max)
    {
        Assert.InRange(Gazetteer.DistanceKm(At(from), At(to)), min, max);
    }

    [Fact]
    public void DistanceKm_SamePlace_IsZero()
    {
        var mopti = At("Mopti");

        Assert.Equal(0.0, Gazetteer.DistanceKm(mopti, mopti));
    }

    [Fact]
    public void DistanceKm_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Gazetteer.DistanceKm(null!, At("Mopti")));
    }

    [Theory]
    [InlineData("Sévaré", "Mopti", true)]
    [InlineData("Kolondiéba", "Mopti", false)]
    [InlineData("Bankass", "Bandiagara", false)]
    public void SameCercle_Pairs_FollowTheData(string a, string b, bool expected)
    {
        Assert.Equal(expected, Gazetteer.SameCercle(At(a), At(b)));
    }

    [Theory]
    [InlineData("Somadougou", "Mopti", true)]
    [InlineData("Sévaré", "Mopti", true)]
    [InlineData("Bankass", "Mopti", true)]
    [InlineData("Kolondiéba", "Mopti", false)]
    [InlineData("Kolondiéba", "Sikasso", true)]
    public void SameRegion_Pairs_FollowThePre2023Regions(string a, string b, bool expected)
    {
        Assert.Equal(expected, Gazetteer.SameRegion(At(a), At(b)));
    }
}
