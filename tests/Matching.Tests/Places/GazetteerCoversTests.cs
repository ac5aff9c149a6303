using Matching.Places;
using Xunit;

namespace Matching.Tests.Places;

public sealed class GazetteerCoversTests
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    [Theory]
    [InlineData("Mopti", "Sévaré", true)]
    [InlineData("cercle de Mopti", "Sévaré", true)]
    [InlineData("région de Mopti", "Sévaré", true)]
    [InlineData("région de Mopti", "Somadougou", true)]
    [InlineData("région de Mopti", "Bandiagara", true)]
    [InlineData("région de Mopti", "Kolondiéba", false)]
    [InlineData("cercle de Bandiagara", "Mopti", false)]
    [InlineData("cercle de Kolondiéba", "Kolondiéba", true)]
    [InlineData("région de Bougouni", "Kolondiéba", true)]
    [InlineData("région de Bougouni", "Sikasso", false)]
    [InlineData("région de Sikasso", "Kolondiéba", true)]
    [InlineData("Mopti", "Somadougou", true)]
    [InlineData("Mopti", "Bandiagara", false)]
    [InlineData("Bamako", "Ségou", false)]
    [InlineData("Bamako (Commune IV)", "Bamako", true)]
    [InlineData("Sévaré", "Mopti", true)]
    public void Covers_AreaAndPlace_FollowsScope(string area, string place, bool expected)
    {
        var resolved = Places.Resolve(area)!;

        Assert.Equal(expected, Gazetteer.Covers(resolved, Places.Resolve(place)!.Place));
    }
}
