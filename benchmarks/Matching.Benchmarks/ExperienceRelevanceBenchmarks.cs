using BenchmarkDotNet.Attributes;
using Matching;
using Matching.Model;
using Matching.Scoring;

/// <summary>
/// Relevance of the jobs of a roster to one posting: the job-family lookup alone (baseline), every
/// distinct job computed afresh (a new posting), and the cached steady state of a ranking.
/// </summary>
[MemoryDiagnoser]
public class ExperienceRelevanceBenchmarks
{
    private static readonly string[] Titles =
    [
        "Gestionnaire de cas VBG", "Comptable", "Animatrice", "Chauffeur", "Psychologue clinicien", "Relais communautaire nutrition",
        "Agent de terrain", "Traducteur", "Chargé de protection", "Infirmière", "Vendeur", "Mobilisatrice sociale", "Conseiller en écoute",
        "Logisticien", "Enseignant", "Superviseur de terrain", "Agent de santé communautaire", "Secrétaire", "Agronome", "Hydraulicien",
    ];

    private ExperienceEntry[] _entries = [];
    private Posting _posting = new();
    private ExperienceRelevance _warm = null!;
    private ScoringContext _warmContext = null!;

    [GlobalSetup]
    public void Setup()
    {
        _posting = new Posting { Title = "Coordinateur(trice) Protection Santé Mentale et Soutien Psychosocial", Experience = new ExperienceRequirement(5, relevantOnly: true) };
        _entries = Enumerable.Range(0, 1000).Select(i => new ExperienceEntry { Title = Titles[i % Titles.Length] + (i % 50 == 0 ? "" : $" {i % 10}"), Months = 12 }).ToArray();
        _warm = new ExperienceRelevance(_posting);
        _warmContext = new ScoringContext(MatchOptions.Default, null);
        foreach (var e in _entries) _warm.Of(e, _warmContext);
    }

    [Benchmark(Baseline = true)]
    public ulong FamiliesOnly()
    {
        ulong bits = 0;
        foreach (var e in _entries) bits ^= Lexicon.JobFamilies.Classify(e.Title);
        return bits;
    }

    [Benchmark]
    public double NewPosting()
    {
        var relevance = new ExperienceRelevance(_posting);
        var context = new ScoringContext(MatchOptions.Default, null);
        double sum = 0;
        foreach (var e in _entries) sum += relevance.Of(e, context);
        return sum;
    }

    [Benchmark]
    public double Cached()
    {
        double sum = 0;
        foreach (var e in _entries) sum += _warm.Of(e, _warmContext);
        return sum;
    }
}
