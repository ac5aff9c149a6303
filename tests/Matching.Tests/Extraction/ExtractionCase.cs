using System.Text;
using System.Text.Json;

namespace Matching.Tests.Extraction;

/// <summary>Parses a text and compares it with its expected SCHEMA.md JSON, field by field.</summary>
internal static class ExtractionCase
{
    public static string DataPath(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);

    /// <summary>The fields that score below 1, with the expected and found values; empty when all are right.</summary>
    public static List<string> Mismatches(string text, string expectedJson, out double points, out int possible)
    {
        var result = PostingParser.Parse(text);
        var written = ExtractionJson.Write(result);
        using var expected = JsonDocument.Parse(expectedJson);
        using var got = JsonDocument.Parse(written);
        var gold = expected.RootElement.GetProperty("postings").EnumerateArray().ToList();
        var output = got.RootElement.GetProperty("postings").EnumerateArray().ToList();
        var problems = new List<string>();
        points = 0;
        possible = Math.Max(gold.Count, output.Count) * ExtractionScorer.Fields.Length;
        for (var i = 0; i < gold.Count; i++)
        {
            if (i >= output.Count) { problems.Add($"posting #{i}: missing"); continue; }
            foreach (var (field, score) in ExtractionScorer.Score(gold[i], output[i]))
            {
                points += score;
                if (score < 1)
                {
                    gold[i].TryGetProperty(field, out var g);
                    output[i].TryGetProperty(field, out var o);
                    problems.Add($"posting #{i} {field} ({score:0.00}): expected {g.GetRawText()} got {o.GetRawText()}");
                }
            }
        }
        if (output.Count > gold.Count) problems.Add($"{output.Count - gold.Count} extra posting(s)");
        return problems;
    }

    public static void WriteOutput(string name, string text)
    {
        var outDir = Environment.GetEnvironmentVariable("MATCHING_EXTRACTION_OUT");
        if (string.IsNullOrEmpty(outDir)) return;
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, name + ".json"), ExtractionJson.Write(PostingParser.Parse(text)), new UTF8Encoding(false));
    }
}
