using System.Globalization;
using Matching.Internal;
using Matching.Model;
using Matching.Scoring;
using Matching.Serialization;

namespace Matching.Cli;

/// <summary>
/// <c>matching rank POSTING CANDIDATES</c>: ranks the candidates against every posting of the file.
/// A posting that sets no requirement is not ranked (a warning names it); the exit code is then 1,
/// or 2 when no posting is left.
/// </summary>
internal static class RankCommand
{
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args, "--json", "--csv");
        a.CheckKnown("--json", "--csv", "--top", "--lang", "--reference-date", "--weights");
        if (a.Positional.Count != 2) throw new UsageException("rank demande OFFRE et CANDIDATS.", "rank needs POSTING and CANDIDATES.");
        if (a.Has("--json") && a.Has("--csv")) throw new UsageException("--json et --csv ne vont pas ensemble.", "--json and --csv cannot be used together.");
        var lang = Language(a);
        var options = Options(a, stderr);
        var path = a.Positional[0];
        var postings = Scorable(Inputs.ReadPostings(path, lang, stderr), path, lang, stderr, out var skipped);
        if (postings.Count == 0) return 2;
        var batch = Inputs.ReadCandidates(a.Positional[1], lang, stderr);
        foreach (var e in batch.Errors) stderr.WriteLine($"matching: {lang.Error(e)}");
        var rankings = postings.Select(p => Matcher.Rank(batch.Candidates, p, ForPosting(options, p))).ToList();
        Write(rankings, a, options, stdout);
        var code = skipped > 0 ? 1 : 0;
        if (batch.Errors.Count > 0)
        {
            stderr.WriteLine($"matching: {LeftOut(batch, lang)}");
            code = 1;
        }
        return code;
    }

    /// <summary>
    /// The options for one posting: where neither --reference-date, nor the posting's deadline or start
    /// date, gives a date to count ongoing jobs up to, today (the library itself never reads the clock).
    /// </summary>
    public static MatchOptions ForPosting(MatchOptions options, Posting posting)
        => options.ReferenceDate is not null || posting.Deadline is not null || posting.Start?.Date is not null
            ? options
            : new MatchOptions
            {
                Weights = options.Weights,
                Top = options.Top,
                Culture = options.Culture,
                UnknownRequired = options.UnknownRequired,
                UnknownCredit = options.UnknownCredit,
                Gazetteer = options.Gazetteer,
                ReferenceDate = DateOnly.FromDateTime(DateTime.Today),
            };

    /// <summary>The postings that set at least one requirement; a warning on stderr for each other one.</summary>
    public static List<Posting> Scorable(IReadOnlyList<Posting> postings, string path, Lang lang, TextWriter stderr, out int skipped)
    {
        var kept = new List<Posting>();
        skipped = 0;
        foreach (var p in postings)
        {
            if (!Inputs.HasNoRequirement(p)) { kept.Add(p); continue; }
            stderr.WriteLine($"matching: {Inputs.NoRequirement(path, p, lang)} {lang.T("Offre non classée.", "Posting not ranked.")}");
            skipped++;
        }
        return kept;
    }

    /// <summary>"N candidates left out because of errors; M ranked", each candidate counted once whatever its number of errors.</summary>
    public static string LeftOut(CandidateBatch batch, Lang lang)
    {
        var n = batch.Errors.Select(e => (e.Source, e.Item)).Distinct().Count();
        var m = batch.Candidates.Count;
        return lang.En
            ? $"{n} candidate{(n == 1 ? "" : "s")} left out because of errors; {m} ranked."
            : $"{n} candidat{(n > 1 ? "s" : "")} écarté{(n > 1 ? "s" : "")} pour erreur ; {m} classé{(m > 1 ? "s" : "")}.";
    }

    /// <summary>The language of messages and output: --lang, French by default.</summary>
    public static Lang Language(Arguments a)
    {
        var lang = a.Get("--lang") ?? "fr";
        if (lang is not ("fr" or "en")) throw new UsageException($"--lang : « {lang} » n'est ni fr ni en.", $"--lang: '{lang}' is not fr or en.");
        return lang == "en" ? Lang.English : Lang.French;
    }

    public static MatchOptions Options(Arguments a, TextWriter stderr)
    {
        var lang = Language(a);
        var weights = a.Get("--weights") is { } wf ? MatchingJson.ReadWeights(Inputs.ReadText(wf, lang, stderr), wf) : MatchWeights.Default;
        return new MatchOptions
        {
            Top = a.GetInt("--top"),
            ReferenceDate = a.GetDate("--reference-date"),
            Culture = lang.En ? Cultures.English : Cultures.French,
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
