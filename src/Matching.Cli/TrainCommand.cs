using System.Globalization;
using Matching.Learning;
using Matching.Scoring;
using Matching.Serialization;

namespace Matching.Cli;

/// <summary>
/// <c>matching train DECISIONS.json --out WEIGHTS.json</c>: learns criterion weights from recruiters'
/// decisions, prints the fit and the weights, and writes the weights for <c>matching rank --weights</c>.
/// Exit 2 with the reason when the decisions are too few or too one-sided.
/// </summary>
internal static class TrainCommand
{
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args);
        a.CheckKnown("--out", "--seed", "--holdout", "--reference-date");
        if (a.Positional.Count != 1) throw new UsageException("train needs one DECISIONS.json file.");
        var output = a.Get("--out") ?? throw new UsageException("train needs --out WEIGHTS.json.");
        var options = new TrainerOptions
        {
            Seed = a.GetInt("--seed") ?? TrainerOptions.Default.Seed,
            HoldoutFraction = a.Get("--holdout") is { } h ? Fraction(h) : TrainerOptions.Default.HoldoutFraction,
            ReferenceDate = a.GetDate("--reference-date"),
        };
        var path = a.Positional[0];
        var decisions = DecisionJson.Read(Inputs.ReadText(path), path);
        TrainingResult result;
        try
        {
            result = MatcherTrainer.Train(decisions, options);
        }
        catch (InsufficientDecisionsException e)
        {
            stderr.WriteLine($"matching: {path}: {e.Message}");
            return 2;
        }
        File.WriteAllText(output, MatchingJson.WriteWeights(result.Weights));
        Print(result, output, stdout);
        return 0;
    }

    private static double Fraction(string value)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f is >= 0.05 and <= 0.5) return f;
        throw new UsageException($"--holdout: '{value}' is not a fraction between 0.05 and 0.5.");
    }

    private static void Print(TrainingResult r, string output, TextWriter stdout)
    {
        var inv = CultureInfo.InvariantCulture;
        static string F(double? x) => x is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
        stdout.WriteLine(string.Create(inv, $"decisions: {r.ExamplesUsed} on {r.Postings} postings; held out: {r.HeldOut}"));
        stdout.WriteLine($"held-out fit    learned   default");
        stdout.WriteLine($"  AUC           {F(r.Auc),7}   {F(r.DefaultAuc),7}");
        stdout.WriteLine($"  NDCG@10       {F(r.Ndcg10),7}   {F(r.DefaultNdcg10),7}");
        stdout.WriteLine("weights         learned   default");
        foreach (var kind in Enum.GetValues<CriterionKind>())
            stdout.WriteLine(string.Create(inv, $"  {kind,-13} {r.Weights[kind],7:0.000}   {MatchWeights.Default[kind],7:0.000}"));
        foreach (var note in r.Notes) stdout.WriteLine($"note: {note}");
        stdout.WriteLine($"weights written to {output}");
    }
}
