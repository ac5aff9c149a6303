using BenchmarkDotNet.Attributes;
using Matching.Model;
using Matching.Scoring;

namespace Matching.Benchmarks;

/// <summary>
/// Building a candidate index from a synthetic roster, with its ids in order (as the generator
/// gives them) and in no order (the same profiles, ids permuted), against the least any ranking
/// does with a roster (checking that ids are unique) as the baseline.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IndexBuildBenchmarks
{
    private IReadOnlyList<CandidateProfile> _roster = [];
    private IReadOnlyList<CandidateProfile> _unordered = [];

    /// <summary>Roster size.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _roster = SyntheticRoster.Generate(Size, 2026);
        var ids = _roster.Select(p => p.Id).ToArray();
        new Random(2026).Shuffle(ids);
        _unordered = _roster.Select((p, i) => p with { Id = ids[i] }).ToArray();
        _ = Places.Gazetteer.Default.Count;
    }

    [Benchmark(Description = "CandidateIndex.Build")]
    public CandidateIndex Build() => CandidateIndex.Build(_roster);

    [Benchmark(Description = "CandidateIndex.Build, ids in no order")]
    public CandidateIndex BuildUnordered() => CandidateIndex.Build(_unordered);

    [Benchmark(Baseline = true, Description = "Unique-id check")]
    public int UniqueIds()
    {
        var seen = new HashSet<string>(_roster.Count, StringComparer.Ordinal);
        foreach (var p in _roster) seen.Add(p.Id);
        return seen.Count;
    }
}
