using BenchmarkDotNet.Attributes;
using Matching.Internal;
using Matching.Places;

namespace Matching.Benchmarks;

/// <summary>
/// Place-name resolution against the embedded gazetteer (15,913 places, about 18,000 folded names):
/// an exact spelling, a name equal only after folding, a typo, and a plain linear scan as the baseline.
/// </summary>
[MemoryDiagnoser]
public class PlaceLookupBenchmarks
{
    private Gazetteer _gazetteer = null!;
    private string[] _names = null!;
    private int[] _places = null!;

    [GlobalSetup]
    public void Setup()
    {
        _gazetteer = Gazetteer.Default;
        _names = _gazetteer.Names.Keys.ToArray();
        _places = _gazetteer.Names.Values.ToArray();
    }

    /// <summary>Fold the query, then compare it with every folded name in turn.</summary>
    [Benchmark(Baseline = true)]
    public Place? LinearScan()
    {
        var folded = Text.Fold("Kolondiéba");
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], folded, StringComparison.Ordinal)) return _gazetteer.Places[_places[i]];
        }
        return null;
    }

    /// <summary>A spelling listed in the data.</summary>
    [Benchmark]
    public PlaceResolution? Exact() => _gazetteer.Resolve("Kolondiéba");

    /// <summary>Equal only after folding (a grave accent the data does not list).</summary>
    [Benchmark]
    public PlaceResolution? Folded() => _gazetteer.Resolve("Sègou");

    /// <summary>With an administrative prefix.</summary>
    [Benchmark]
    public PlaceResolution? Prefixed() => _gazetteer.Resolve("cercle de Bandiagara");

    /// <summary>A typo: one letter missing.</summary>
    [Benchmark]
    public PlaceResolution? Fuzzy() => _gazetteer.Resolve("Tombouctu");

    /// <summary>A village name with one letter missing.</summary>
    [Benchmark]
    public PlaceResolution? FuzzyVillage() => _gazetteer.Resolve("Somadugou");

    /// <summary>Nothing near: the fuzzy search runs to the end and refuses.</summary>
    [Benchmark]
    public PlaceResolution? Refused() => _gazetteer.Resolve("Paris");
}
