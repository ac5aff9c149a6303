using Matching.Serialization;

namespace Matching.Cli;

/// <summary><c>matching parse FILE [--json]</c>: the postings a text holds, as the extraction JSON or as a readable summary.</summary>
internal static class ParseCommand
{
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args, "--json");
        a.CheckKnown("--json");
        if (a.Positional.Count != 1) throw new UsageException("parse needs one FILE.");
        var path = a.Positional[0];
        var result = PostingParser.Parse(Inputs.ReadText(path));
        foreach (var d in result.Diagnostics) stderr.WriteLine($"matching: {path}: {d}");
        var postings = result.Postings.Select(p => p.Posting).ToList();
        if (a.Has("--json"))
        {
            stdout.WriteLine(MatchingJson.WritePostings(postings));
            return 0;
        }
        foreach (var p in postings)
        {
            stdout.WriteLine($"== {p.Title} ==");
            stdout.WriteLine(MatchingJson.WritePostings([p]));
        }
        return 0;
    }
}
