using Matching.Cli;
using Matching.Serialization;
using Matching.Tests.Generators;
using Xunit;

namespace Matching.Tests.Cli;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("matching-train-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Run_EnoughDecisions_WritesWeightsThatRankReads()
    {
        var data = new SyntheticDecisions(seed: 17, postings: 3, candidates: 40, noise: 0.05);
        var decisions = Path.Combine(_dir, "decisions.json");
        var weights = Path.Combine(_dir, "weights.json");
        File.WriteAllText(decisions, DecisionJson.Write(data.Decisions));

        var (code, output, _) = Run("train", decisions, "--out", weights, "--reference-date", "2026-02-01");

        Assert.Equal(0, code);
        Assert.Contains("NDCG@10", output);
        Assert.Contains("AUC", output);
        var w = MatchingJson.ReadWeights(File.ReadAllText(weights), weights);
        Assert.True(w.Location > 0);
    }

    [Fact]
    public void Run_TooFewDecisions_ExitsTwoWithTheReason()
    {
        var data = new SyntheticDecisions(seed: 17, postings: 2, candidates: 10, noise: 0.05);
        var decisions = Path.Combine(_dir, "decisions.json");
        var weights = Path.Combine(_dir, "weights.json");
        File.WriteAllText(decisions, DecisionJson.Write(data.Decisions));

        var (code, _, error) = Run("train", decisions, "--out", weights);

        Assert.Equal(2, code);
        Assert.Contains("pas assez de décisions", error);
        Assert.Contains("20 décision(s) seulement", error);
        Assert.DoesNotContain("Only", error);
        Assert.False(File.Exists(weights));
    }

    [Fact]
    public void Run_TooFewDecisionsInEnglish_GivesTheReasonInEnglish()
    {
        var data = new SyntheticDecisions(seed: 17, postings: 2, candidates: 10, noise: 0.05);
        var decisions = Path.Combine(_dir, "decisions.json");
        File.WriteAllText(decisions, DecisionJson.Write(data.Decisions));

        var (code, _, error) = Run("train", decisions, "--out", Path.Combine(_dir, "weights.json"), "--lang", "en");

        Assert.Equal(2, code);
        Assert.Contains("Only 20 decisions", error);
        Assert.DoesNotContain("décisions", error);
    }

    [Fact]
    public void Run_NoOut_ExitsTwoWithUsage()
    {
        var (code, _, error) = Run("train", Path.Combine(_dir, "decisions.json"));

        Assert.Equal(2, code);
        Assert.Contains("--out", error);
    }
}
