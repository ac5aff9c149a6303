using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Matching.Places;

namespace Matching.Tests.Places;

public sealed class GazetteerProperties
{
    private static readonly Gazetteer Places = Gazetteer.Default;

    private static readonly string[] Fragments =
    [
        "Mopti", "Sévaré", "cercle de ", "région de ", "(Commune IV)", "Kolondiéba", "Bamako", "é", "-", "'", " ",
        "(Mali)", "Ségou", "de", "x", "Tombouctu", "ɔ", "œ", "\u0301", "\t", "\0", "district", "🙂", "\uD800", "\uDC00",
    ];

    private static Arbitrary<string> Names()
        => Gen.OneOf(
                ArbMap.Default.GeneratorFor<string>(),
                Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)),
                Gen.Choose(0, Places.Count - 1).Select(i => Places.Places[i].Name))
            .ToArbitrary();

    private static Arbitrary<Place> GazetteerPlaces()
        => Gen.Choose(0, Places.Count - 1).Select(i => Places.Places[i]).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Resolve_AnyString_NeverThrowsAndConfidenceInUnitInterval()
        => Prop.ForAll(Names(), name =>
        {
            var found = Places.Resolve(name);
            return found is null || (found.Confidence > 0 && found.Confidence <= 1 && found.Query == name);
        });

    [Property(MaxTest = 300)]
    public Property Resolve_NameOfAGazetteerPlace_FindsThatPlaceOrABetterRankedHomonym()
        => Prop.ForAll(Gen.Choose(0, Places.Count - 1).ToArbitrary(), index =>
        {
            var place = Places.Places[index];
            var found = Places.Resolve(place.Name);
            // country names and linking words are refused on purpose, whatever village shares the spelling
            if (found is null) return Matching.Internal.Text.Fold(place.Name) is var f && (f.Length <= 2 || Gazetteer.IsNotAPlace(f));
            var foundIndex = ((List<Place>)[.. Places.Places]).IndexOf(found.Place);
            return found.Match != MatchKind.Fuzzy && foundIndex <= index;
        });

    [Property(MaxTest = 500)]
    public Property DistanceKm_RandomPlaces_IsAMetric()
        => Prop.ForAll(GazetteerPlaces(), GazetteerPlaces(), GazetteerPlaces(), (a, b, c) =>
        {
            var ab = Gazetteer.DistanceKm(a, b);
            var ba = Gazetteer.DistanceKm(b, a);
            var bc = Gazetteer.DistanceKm(b, c);
            var ac = Gazetteer.DistanceKm(a, c);
            return ab >= 0
                && Math.Abs(ab - ba) < 1e-9
                && Gazetteer.DistanceKm(a, a) == 0
                && ac <= ab + bc + 1e-6;
        });

    [Property(MaxTest = 1000)]
    public Property BoundedDistance_AnyNames_AgreesWithTheLibraryDistance()
    {
        var words = Gen.Elements("a", "b", "o", "ou", "k", "ba", "so", " ").ListOf().Select(parts => string.Concat(parts));
        return Prop.ForAll(words.ToArbitrary(), words.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (a, b, max) =>
            FuzzyIndex.BoundedDistance(a, b, max) == Math.Min(max + 1, FuzzyIndex.Distance(a, b)));
    }
}
