using System.Text.Json;
using System.Text.Json.Nodes;
using Matching.Model;
using Matching.Serialization;
using Xunit;

namespace Matching.Tests.Scoring;

/// <summary>
/// For each seed posting (as gold/ reads it), hand-built candidates graded 0–3 as a recruiter
/// screening dossiers would: the ranking must admit exactly the admissible ones, put every
/// admissible candidate above every inadmissible one, and order different grades as the recruiter does.
/// </summary>
public class SeedRankingTests
{
    public static TheoryData<string> Sets()
    {
        var data = new TheoryData<string>();
        var dir = Path.Combine(AppContext.BaseDirectory, "Data", "rankings");
        if (Directory.Exists(dir))
            foreach (var f in Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Rank_SeedPosting_OrdersAsTheRecruiter(string file)
    {
        var set = Load(file, out var posting, out var candidates, out var reference);
        var ranking = Matcher.Rank(candidates, posting, new MatchOptions { ReferenceDate = reference });
        var expected = set["expected"]!.AsArray().ToDictionary(e => (string)e!["id"]!, e => ((int)e!["grade"]!, (bool)e["eligible"]!, (string?)e["why"] ?? ""));
        var results = ranking.Results.ToDictionary(r => r.Id);

        Assert.Equal(expected.Count, ranking.Results.Count);
        foreach (var (id, (grade, eligible, why)) in expected)
            Assert.True(results[id].Eligible == eligible, $"{file}: {id} eligible should be {eligible} ({why}); got {results[id].Summary}");
        // Among admissible candidates the recruiter's grades decide the order.
        var admitted = ranking.Results.Where(r => r.Eligible).ToList();
        for (var i = 0; i < admitted.Count; i++)
        for (var j = i + 1; j < admitted.Count; j++)
        {
            var hi = expected[admitted[i].Id];
            var lo = expected[admitted[j].Id];
            Assert.True(hi.Item1 >= lo.Item1,
                $"{file}: {admitted[j].Id} (grade {lo.Item1}, {lo.Item3}) should rank above {admitted[i].Id} (grade {hi.Item1}, {hi.Item3}); scores {admitted[j].Score:0.000} vs {admitted[i].Score:0.000}");
        }
        // Among the others, the weak (grade 1) come before the clearly inadmissible (grade 0) on average.
        double MeanRank(int grade) => ranking.Results.Where(r => !r.Eligible && expected[r.Id].Item1 == grade).Select(r => (double)r.Rank).DefaultIfEmpty(double.NaN).Average();
        var weak = MeanRank(1);
        var out0 = MeanRank(0);
        if (!double.IsNaN(weak) && !double.IsNaN(out0))
            Assert.True(weak < out0, $"{file}: grade-1 candidates rank {weak:0.0} on average, grade-0 ones {out0:0.0}");
    }

    internal static JsonObject Load(string file, out Posting posting, out IReadOnlyList<CandidateProfile> candidates, out DateOnly reference)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Data");
        var set = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "rankings", file)))!.AsObject();
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "gold", (string)set["posting"]!)))!;
        var postings = MatchingJson.ReadPostings(FirstAlternatives(gold)!.ToJsonString(), file);
        posting = postings[(int?)set["postingIndex"] ?? 0];
        var batch = MatchingJson.ReadCandidates(set["candidates"]!.ToJsonString(), file);
        Assert.Empty(batch.Errors);
        candidates = batch.Candidates;
        reference = DateOnly.Parse((string)set["referenceDate"]!, System.Globalization.CultureInfo.InvariantCulture);
        return set;
    }

    /// <summary>Gold values written {"oneOf": [a, b]} become a, the first reading.</summary>
    internal static JsonNode? FirstAlternatives(JsonNode? node) => node switch
    {
        JsonObject o when o.Count == 1 && o["oneOf"] is JsonArray alts => FirstAlternatives(alts[0]?.DeepClone()),
        JsonObject o => new JsonObject(o.Select(kv => KeyValuePair.Create(kv.Key, FirstAlternatives(kv.Value?.DeepClone())))),
        JsonArray a => new JsonArray(a.Select(x => FirstAlternatives(x?.DeepClone())).ToArray()),
        _ => node?.DeepClone(),
    };
}
