using BenchmarkDotNet.Attributes;
using Matching.Explanations;
using Matching.Model;
using Matching.Scoring;

namespace Matching.Benchmarks;

/// <summary>
/// Ranking a synthetic national roster against a typical posting (a case-worker post reserved to
/// women in Kolondiéba), keeping the best 50: through a candidate index, through the matcher on
/// profile objects, and the plain way (explain everyone, sort everything) as the baseline.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 6, iterationCount: 5)]
public class RankingBenchmarks
{
    private const int Top = 50;
    private IReadOnlyList<CandidateProfile> _roster = [];
    private CandidateIndex _index = null!;
    private readonly MatchOptions _options = new() { ReferenceDate = new DateOnly(2026, 2, 21) };
    private readonly MatchOptions _optionsTop = new() { ReferenceDate = new DateOnly(2026, 2, 21), Top = Top };

    /// <summary>Roster size.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Size { get; set; }

    /// <summary>The posting: Gestionnaire de cas (F), Kolondiéba, bac+3 in social work or psychology, 3 relevant years, French required, a local language preferred, Word, Excel and the internet.</summary>
    public static Posting CaseWorker { get; } = new()
    {
        Title = "Gestionnaire de cas",
        Organization = "INTERSOS",
        Locations = ["Kolondiéba"],
        ReservedTo = Sex.Female,
        Deadline = new DateOnly(2026, 3, 6),
        Education = new EducationRequirement(DiplomaLevel.Bac3, ["travail social", "psychologie"]),
        Experience = new ExperienceRequirement(3, relevantOnly: true, domain: "gestion de cas"),
        Languages = [new LanguageGroup([LanguageKey.French]), new LanguageGroup([LanguageKey.Local], Necessity.Preferred)],
        Skills = ["word", "excel", "internet"],
    };

    [GlobalSetup]
    public void Setup()
    {
        _roster = SyntheticRoster.Generate(Size, 2026);
        _index = CandidateIndex.Build(_roster);
    }

    [Benchmark(Description = "CandidateIndex.Rank top 50")]
    public Ranking IndexRank() => _index.Rank(CaseWorker, Top, _options);

    [Benchmark(Description = "Matcher.Rank top 50")]
    public Ranking MatcherRank() => Matcher.Rank(_roster, CaseWorker, _optionsTop);

    /// <summary>The plain way: every profile explained in full, everything sorted with LINQ, the first 50 kept.</summary>
    [Benchmark(Baseline = true, Description = "Explain all + OrderBy")]
    public List<RankedCandidate> ExplainAllAndSort()
    {
        var compiled = CompiledPosting.Compile(CaseWorker, _options);
        var context = compiled.NewContext();
        var phrases = Phrases.For(_options.Culture);
        return _roster
            .Select(p => compiled.Explain(p, 0, context, phrases))
            .OrderBy(r => RankOrder.Tier(r.Eligible, r.NearMiss, r.MissedRequired))
            .ThenByDescending(r => r.Score)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(Top)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToList();
    }
}
