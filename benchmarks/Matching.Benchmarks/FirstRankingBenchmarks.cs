using BenchmarkDotNet.Attributes;
using Matching.Scoring;

namespace Matching.Benchmarks;

/// <summary>
/// A posting's first ranking against a warm index of 10⁶ profiles: what the index keeps from
/// earlier postings (job relevances, diploma field parts, language groups' tables) is forgotten
/// before each call, so each call computes it all. One call per iteration, after enough rankings
/// for the runtime to have optimised the code.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15, invocationCount: 1)]
public class FirstRankingBenchmarks
{
    private CandidateIndex _index = null!;
    private readonly MatchOptions _options = new() { ReferenceDate = new DateOnly(2026, 2, 21) };

    [GlobalSetup]
    public void Setup()
    {
        _index = CandidateIndex.Build(SyntheticRoster.Generate(1_000_000, 2026));
        // One call per iteration is too few for the runtime to optimise the scan: rank first, so
        // that what is measured is the work a first ranking adds, not unoptimised code.
        for (var i = 0; i < 400; i++) _index.Rank(RankingBenchmarks.CaseWorker, 50, _options);
    }

    [IterationSetup]
    public void Forget() => _index.ForgetKept();

    [Benchmark(Description = "CandidateIndex.Rank top 50, first ranking of the posting")]
    public Ranking FirstRanking() => _index.Rank(RankingBenchmarks.CaseWorker, 50, _options);
}
