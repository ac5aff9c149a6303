using System.Text;
using BenchmarkDotNet.Attributes;
using Matching.Extraction;

namespace Matching.Benchmarks;

/// <summary>
/// PostingParser.Parse per seed notice and on 1 MB of concatenated seeds, beside a plain baseline
/// (normalising the text only: HTML, entities, bullets, folding), so the cost of segmenting and
/// reading the fields shows as the ratio.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private const string OneMegabyte = "1 MB (seeds concatenated)";
    private static readonly Dictionary<string, string> Texts = Load();

    /// <summary>The seed notices by file name, and the 1 MB text.</summary>
    public static IEnumerable<string> Inputs() => Texts.Keys;

    /// <summary>The input parsed.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = "";

    private string _text = "";

    /// <summary>Picks the text.</summary>
    [GlobalSetup]
    public void Setup() => _text = Texts[Input];

    /// <summary>Normalising only: the floor any reading of the text pays.</summary>
    [Benchmark(Baseline = true)]
    public int NormaliseOnly() => NormalizedText.Create(_text).Folded.Length;

    /// <summary>The whole parse: normalise, segment, read every field, resolve.</summary>
    [Benchmark]
    public int Parse() => PostingParser.Parse(_text).Postings.Count;

    private static Dictionary<string, string> Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "seeds");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = Directory.Exists(dir) ? Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToArray() : [];
        foreach (var f in files) texts[Path.GetFileNameWithoutExtension(f)[..3]] = File.ReadAllText(f);
        if (files.Length > 0)
        {
            var sb = new StringBuilder(1_100_000);
            var i = 0;
            while (sb.Length < 1_000_000) sb.Append(texts.Values.ElementAt(i++ % files.Length)).Append("\n\n");
            texts[OneMegabyte] = sb.ToString();
        }
        return texts;
    }
}
