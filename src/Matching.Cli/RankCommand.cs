using System.Globalization;
using Matching.Internal;
using Matching.Scoring;
using Matching.Serialization;

namespace Matching.Cli;

/// <summary><c>matching rank POSTING CANDIDATES</c>: ranks the candidates against every posting of the file.</summary>
internal static class RankCommand
{
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args, "--json", "--csv");
        a.CheckKnown("--json", "--csv", "--top", "--lang", "--reference-date", "--weights");
        if (a.Positional.Count != 2) throw new UsageException("rank needs POSTING and CANDIDATES.");
        if (a.Has("--json") && a.Has("--csv")) throw new UsageException("--json and --csv cannot be used together.");
        var options = Options(a);
        var postings = Inputs.ReadPostings(a.Positional[0], stderr);
        var batch = Inputs.ReadCandidates(a.Positional[1], stderr);
        foreach (var e in batch.Errors) stderr.WriteLine($"matching: {e}");
        var rankings = postings.Select(p => Matcher.Rank(batch.Candidates, p, options)).ToList();
        Write(rankings, a, options, stdout);
        if (batch.Errors.Count > 0)
        {
            var ids = batch.Errors.Select(e => e.Item).Distinct().Count();
            stderr.WriteLine($"matching: {ids} candidate(s) left out because of errors; {batch.Candidates.Count} ranked.");
            return 1;
        }
        return 0;
    }

    public static MatchOptions Options(Arguments a)
    {
        var lang = a.Get("--lang") ?? "fr";
        if (lang is not ("fr" or "en")) throw new UsageException($"--lang: '{lang}' is not fr or en.");
        var weights = a.Get("--weights") is { } wf ? MatchingJson.ReadWeights(Inputs.ReadText(wf), wf) : MatchWeights.Default;
        return new MatchOptions
        {
            Top = a.GetInt("--top"),
            ReferenceDate = a.GetDate("--reference-date"),
            Culture = lang == "en" ? Cultures.English : Cultures.French,
            Weights = weights,
        };
    }

    public static void Write(IReadOnlyList<Ranking> rankings, Arguments a, MatchOptions options, TextWriter stdout)
    {
        if (a.Has("--json")) stdout.WriteLine(MatchingJson.WriteRankings(rankings));
        else if (a.Has("--csv")) Shortlist.Write(rankings, options.Culture, stdout);
        else Table.Write(rankings, options.Culture, stdout);
    }
}
