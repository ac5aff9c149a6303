namespace Matching.Cli;

/// <summary>
/// <c>matching demo</c>: ranks the bundled sample candidates (invented Malian profiles) against the
/// bundled seed postings and prints the explained table.
/// </summary>
internal static class DemoCommand
{
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args, "--json", "--csv");
        a.CheckKnown("--json", "--csv", "--top", "--lang", "--reference-date", "--weights");
        if (a.Positional.Count != 0) throw new UsageException("demo ne prend pas de fichier.", "demo takes no file.");
        var lang = RankCommand.Language(a);
        var options = RankCommand.Options(a, stderr);
        if (options.Top is null) options = new MatchOptions { Top = 5, ReferenceDate = options.ReferenceDate, Culture = options.Culture, Weights = options.Weights };
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var batch = Inputs.ReadCandidates(Path.Combine(samples, "candidates.json"), lang, stderr);
        foreach (var e in batch.Errors) stderr.WriteLine($"matching: {lang.Error(e)}");
        var postingFiles = Directory.GetFiles(Path.Combine(samples, "postings"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (postingFiles.Count == 0) throw new InputException($"aucune offre d'exemple dans {samples}.", $"no sample postings in {samples}.");
        var rankings = postingFiles.SelectMany(f => Inputs.ReadPostings(f, lang, TextWriter.Null)).Select(p => Matcher.Rank(batch.Candidates, p, RankCommand.ForPosting(options, p))).ToList();
        RankCommand.Write(rankings, a, options, stdout);
        return batch.Errors.Count > 0 ? 1 : 0;
    }
}
