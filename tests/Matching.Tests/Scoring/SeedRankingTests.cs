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
        for (var i = 0; i < ranking.Results.Count; i++)
        for (var j = i + 1; j < ranking.Results.Count; j++)
        {
            var hi = expected[ranking.Results[i].Id];
            var lo = expected[ranking.Results[j].Id];
            Assert.True(hi.Item1 >= lo.Item1,
                $"{file}: {ranking.Results[j].Id} (grade {lo.Item1}, {lo.Item3}) should rank above {ranking.Results[i].Id} (grade {hi.Item1}, {hi.Item3}); scores {ranking.Results[j].Score:0.000} vs {ranking.Results[i].Score:0.000}");
        }
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
