using System.Globalization;
using Matching.Learning;
using Matching.Scoring;
using Matching.Serialization;

namespace Matching.Cli;

/// <summary>
/// <c>matching train DECISIONS.json --out WEIGHTS.json</c>: learns criterion weights from recruiters'
/// decisions, prints the fit and the weights, and writes the weights for <c>matching rank --weights</c>.
/// Warns when the learned weights rank the held-out decisions worse than the defaults.
/// Exit 2 with the reason when the decisions are too few or too one-sided.
/// </summary>
internal static class TrainCommand
{
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args);
        a.CheckKnown("--out", "--seed", "--holdout", "--reference-date", "--lang");
        var lang = RankCommand.Language(a);
        if (a.Positional.Count != 1) throw new UsageException("train demande un fichier DECISIONS.json.", "train needs one DECISIONS.json file.");
        var output = a.Get("--out") ?? throw new UsageException("train demande --out POIDS.json.", "train needs --out WEIGHTS.json.");
        var options = new TrainerOptions
        {
            Seed = a.GetInt("--seed") ?? TrainerOptions.Default.Seed,
            HoldoutFraction = a.Get("--holdout") is { } h ? Fraction(h) : TrainerOptions.Default.HoldoutFraction,
            ReferenceDate = a.GetDate("--reference-date"),
        };
        var path = a.Positional[0];
        var decisions = DecisionJson.Read(Inputs.ReadText(path, lang, stderr), path);
        TrainingResult result;
        try
        {
            result = MatcherTrainer.Train(decisions, options);
        }
        catch (InsufficientDecisionsException e)
        {
            stderr.WriteLine($"matching: {path}: {lang.T("pas assez de décisions pour apprendre des poids — " + e.MessageFr, e.Message)}");
            return 2;
        }
        File.WriteAllText(output, MatchingJson.WriteWeights(result.Weights));
        Print(result, output, lang, stdout);
        foreach (var warning in Warnings(result, output, lang)) stderr.WriteLine($"matching: {warning}");
        return 0;
    }

    private static double Fraction(string value)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f is >= 0.05 and <= 0.5) return f;
        throw new UsageException($"--holdout : « {value} » n'est pas une fraction entre 0.05 et 0.5.", $"--holdout: '{value}' is not a fraction between 0.05 and 0.5.");
    }

    private static string F(double? x) => x is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    internal static void Print(TrainingResult r, string output, Lang lang, TextWriter stdout)
    {
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine(lang.T(
            $"décisions : {r.ExamplesUsed} sur {r.Postings} offres ; mises de côté pour le test : {r.HeldOut}",
            $"decisions: {r.ExamplesUsed} on {r.Postings} postings; held out: {r.HeldOut}"));
        var col = lang.En ? 13 : 15;
        string Row(string label, string learned, string standard) => $"{label.PadRight(col + 3)}{learned,7}   {standard,7}";
        stdout.WriteLine(Row(lang.T("test (mis de côté)", "held-out fit"), lang.T("appris", "learned"), lang.T("défaut", "default")));
        stdout.WriteLine(Row("  AUC", F(r.Auc), F(r.DefaultAuc)));
        stdout.WriteLine(Row("  NDCG@10", F(r.Ndcg10), F(r.DefaultNdcg10)));
        stdout.WriteLine(Row(lang.T("poids", "weights"), lang.T("appris", "learned"), lang.T("défaut", "default")));
        foreach (var kind in Enum.GetValues<CriterionKind>())
            stdout.WriteLine(Row("  " + (lang.En ? kind.ToString() : Table.Name(kind, en: false)), r.Weights[kind].ToString("0.000", inv), MatchWeights.Default[kind].ToString("0.000", inv)));
        // French notes where the result has them (a result built by hand may carry English ones only)
        var notes = lang.En || r.NotesFr.Count != r.Notes.Count ? r.Notes : r.NotesFr;
        foreach (var note in notes) stdout.WriteLine(lang.T($"note : {note}", $"note: {note}"));
        stdout.WriteLine(lang.T($"poids écrits dans {output}", $"weights written to {output}"));
    }

    /// <summary>A warning for each held-out measure on which the learned weights do worse than the defaults.</summary>
    internal static IEnumerable<string> Warnings(TrainingResult r, string output, Lang lang)
    {
        var worse = new List<string>();
        if (r.Auc is { } auc && r.DefaultAuc is { } dauc && auc < dauc - 1e-9) worse.Add($"AUC {F(auc)} < {F(dauc)}");
        if (r.Ndcg10 is { } ndcg && r.DefaultNdcg10 is { } dndcg && ndcg < dndcg - 1e-9) worse.Add($"NDCG@10 {F(ndcg)} < {F(dndcg)}");
        if (worse.Count == 0) yield break;
        var what = string.Join(", ", worse);
        yield return lang.T(
            $"attention : sur les décisions mises de côté, les poids appris classent moins bien que les poids par défaut ({what}). Gardez plutôt les poids par défaut (ne donnez pas --weights {output}), ou réunissez davantage de décisions.",
            $"warning: on the held-out decisions the learned weights rank worse than the default weights ({what}). Prefer the defaults (leave out --weights {output}), or gather more decisions.");
    }
}
