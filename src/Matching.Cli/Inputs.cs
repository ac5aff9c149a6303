using Matching.Model;
using Matching.Serialization;

namespace Matching.Cli;

/// <summary>Reads the files a command names.</summary>
internal static class Inputs
{
    /// <summary>A posting file: JSON ({"postings":[...]}) when it starts with '{', else a posting text to parse.</summary>
    public static IReadOnlyList<Posting> ReadPostings(string path, TextWriter stderr)
    {
        var text = ReadText(path);
        if (text.TrimStart().StartsWith('{')) return MatchingJson.ReadPostings(text, path);
        var result = PostingParser.Parse(text);
        foreach (var d in result.Diagnostics) stderr.WriteLine($"matching: {path}: {d}");
        if (result.Postings.Count == 0) throw new UsageException($"{path}: no posting found in the text.");
        return result.Postings.Select(p => p.Posting).ToList();
    }

    /// <summary>A candidates file: a JSON array, or JSON Lines for .jsonl/.ndjson.</summary>
    public static CandidateBatch ReadCandidates(string path, TextWriter stderr)
    {
        var text = ReadText(path);
        var lines = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
        var progress = Console.IsErrorRedirected ? null : new Progress(stderr);
        progress?.Show($"{path}: lecture…");
        var batch = MatchingJson.ReadCandidates(text, path, lines);
        progress?.Show($"{path}: {batch.Candidates.Count} candidats lus");
        progress?.Done();
        return batch;
    }

    public static string ReadText(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"{path}: file not found.");
        return File.ReadAllText(path);
    }

    /// <summary>One status line on a terminal, rewritten in place.</summary>
    private sealed class Progress(TextWriter stderr)
    {
        public void Show(string message) => stderr.Write("\r" + message.PadRight(60));

        public void Done() => stderr.Write("\r" + new string(' ', 60) + "\r");
    }
}
