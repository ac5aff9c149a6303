using System.Collections.Concurrent;
using Matching.Internal;
using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace Matching.Learning;

/// <summary>
/// TF-IDF vectors of short job texts (a title, a domain), from ML.NET's text featuriser: word
/// unigrams and bigrams plus character trigrams, French stop words removed, L2-normalised, with
/// the vocabulary and inverse document frequencies fitted once on the job-family descriptions of
/// Resources/fr/job-descriptions.tsv. Built on first use and shared; vectors are cached by text.
/// Thread-safe.
/// </summary>
internal sealed class JobTextModel
{
    private const int CacheLimit = 50_000;
    private static readonly Lazy<JobTextModel> Instance = new(() => new JobTextModel(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PredictionEngine<TextRow, VectorRow> _engine;
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words;
    private readonly float[][] _documents;
    private readonly int[] _documentFamily;
    private readonly ConcurrentDictionary<string, double[]> _profiles = new(StringComparer.Ordinal);

    private JobTextModel()
    {
        var ml = new MLContext(seed: 1);
        var rows = ResourceFiles.ReadTsv("fr/job-descriptions.tsv", skipHeader: false).Where(r => r.Length >= 2).ToList();
        var corpus = rows.Select(r => new TextRow { Text = Prepare(r[1]) }).ToList();
        var families = rows.Select(r => r[0].Trim()).Distinct(StringComparer.Ordinal).ToArray();
        Families = families;
        _documentFamily = rows.Select(r => Array.IndexOf(families, r[0].Trim())).ToArray();
        _words = corpus.SelectMany(r => r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = false,
            StopWordsRemoverOptions = new StopWordsRemovingEstimator.Options { Language = TextFeaturizingEstimator.Language.French },
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var model = ml.Transforms.Text.FeaturizeText(nameof(VectorRow.Features), options, nameof(TextRow.Text)).Fit(ml.Data.LoadFromEnumerable(corpus));
        _engine = ml.Model.CreatePredictionEngine<TextRow, VectorRow>(model);
        _documents = corpus.Select(r => Vector(r.Text)).ToArray();
        Dimensions = _documents[0].Length;
    }

    /// <summary>The families of the corpus, in the order of <see cref="Profile"/>.</summary>
    public IReadOnlyList<string> Families { get; }

    /// <summary>The shared model, fitted on first use.</summary>
    public static JobTextModel Shared => Instance.Value;

    /// <summary>The length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>The text as the model reads it: folded, rank words left out.</summary>
    public static string Prepare(string? text) => JobTitle.Shorten(text);

    /// <summary>Whether the text has a word of three letters or more that the corpus uses.</summary>
    public bool Knows(string? text)
    {
        foreach (var w in Prepare(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (w.Length >= 3 && _words.Contains(w)) return true;
        return false;
    }

    /// <summary>The L2-normalised TF-IDF vector of a text (all zeros where it shares nothing with the corpus).</summary>
    public float[] Vector(string? text)
    {
        var prepared = Prepare(text);
        if (_vectors.TryGetValue(prepared, out var v)) return v;
        lock (_gate)
        {
            var output = new VectorRow();
            _engine.Predict(new TextRow { Text = prepared }, ref output);
            v = output.Features ?? Array.Empty<float>();
        }
        if (_vectors.Count < CacheLimit) _vectors.TryAdd(prepared, v);
        return v;
    }

    /// <summary>
    /// A text as its likeness to each family of the corpus: for each family, the largest cosine of
    /// the text's vector with one of the family's descriptions. Two texts that share no word can
    /// still share a family ("psychologue clinicien" and "soutien psychosocial").
    /// </summary>
    public double[] Profile(string? text)
    {
        var prepared = Prepare(text);
        if (_profiles.TryGetValue(prepared, out var p)) return p;
        var v = Vector(prepared);
        p = new double[Families.Count];
        for (var d = 0; d < _documents.Length; d++)
            p[_documentFamily[d]] = Math.Max(p[_documentFamily[d]], Similarity(v, _documents[d]));
        if (_profiles.Count < CacheLimit) _profiles.TryAdd(prepared, p);
        return p;
    }

    /// <summary>
    /// How alike two profiles are: the cosine of the profiles, scaled down where the first text
    /// is only faintly like any family (its best likeness under <paramref name="strong"/>).
    /// </summary>
    public static double ProfileSimilarity(double[] job, double[] posting, double strong)
    {
        double dot = 0, nj = 0, np = 0, best = 0;
        for (var i = 0; i < job.Length && i < posting.Length; i++)
        {
            dot += job[i] * posting[i];
            nj += job[i] * job[i];
            np += posting[i] * posting[i];
            if (job[i] > best) best = job[i];
        }
        if (nj <= 0 || np <= 0) return 0;
        return dot / Math.Sqrt(nj * np) * Math.Min(1.0, best / strong);
    }

    /// <summary>Cosine similarity of two vectors of this model, in [0, 1]; 0 where either is all zeros.</summary>
    public static double Similarity(float[] a, float[] b)
    {
        if (a.Length == 0 || a.Length != b.Length) return 0;
        var na = System.Numerics.Tensors.TensorPrimitives.Norm(a);
        var nb = System.Numerics.Tensors.TensorPrimitives.Norm(b);
        if (na <= 0 || nb <= 0) return 0;
        var c = System.Numerics.Tensors.TensorPrimitives.Dot(a, b) / (na * nb);
        return Math.Clamp(c, 0.0, 1.0);
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = "";
    }

    private sealed class VectorRow
    {
        public float[]? Features { get; set; }
    }
}
