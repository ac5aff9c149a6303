using Matching.Explanations;
using Matching.Model;
using Matching.Scoring;

namespace Matching;

/// <summary>
/// Ranks candidate profiles against a posting and explains every score.
/// </summary>
/// <example>
/// <code>
/// var ranking = Matcher.Rank(candidates, posting, new MatchOptions { Top = 20, ReferenceDate = new DateOnly(2026, 2, 21) });
/// foreach (var r in ranking.Results) Console.WriteLine($"{r.Rank} {r.Id} {r.Score:0.00} {r.Summary}");
/// </code>
/// </example>
public static class Matcher
{
    /// <summary>Ranks candidates against a posting with the default options.</summary>
    /// <param name="candidates">The candidates; ids must be unique.</param>
    /// <param name="posting">The posting.</param>
    /// <returns>The ranking, with every candidate explained.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A candidate is null or two share an id (the message names them).</exception>
    public static Ranking Rank(IEnumerable<CandidateProfile> candidates, Posting posting)
        => Rank(candidates, posting, MatchOptions.Default);

    /// <summary>
    /// Ranks candidates against a posting: eligible candidates first, then near misses, then the
    /// others by how many required criteria they miss; within each, by score, then by id.
    /// Only the results returned (the top k where <see cref="MatchOptions.Top"/> is set) are explained.
    /// </summary>
    /// <param name="candidates">The candidates; ids must be unique.</param>
    /// <param name="posting">The posting.</param>
    /// <param name="options">The options.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A candidate is null or two share an id (the message names them).</exception>
    public static Ranking Rank(IEnumerable<CandidateProfile> candidates, Posting posting, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(options);
        var list = candidates as IReadOnlyList<CandidateProfile> ?? candidates.ToList();
        CheckIds(list);
        var compiled = CompiledPosting.Compile(posting, options);
        var context = compiled.NewContext();
        var n = list.Count;
        var scores = new double[n];
        var tiers = new int[n];
        var eligibleCount = 0;
        for (var i = 0; i < n; i++)
        {
            scores[i] = compiled.Score(list[i], context, out var eligible, out var nearMiss, out _, out var missed);
            tiers[i] = RankOrder.Tier(eligible, nearMiss, missed);
            if (eligible) eligibleCount++;
        }
        var order = TopK.Select(n, options.Top ?? n, (a, b) => RankOrder.Compare(tiers[a], scores[a], list[a].Id, tiers[b], scores[b], list[b].Id));
        var phrases = Phrases.For(options.Culture);
        var results = new RankedCandidate[order.Length];
        for (var r = 0; r < order.Length; r++) results[r] = compiled.Explain(list[order[r]], r + 1, context, phrases);
        return new Ranking
        {
            Posting = posting,
            ReferenceDate = options.ReferenceDate,
            IsOpen = options.ReferenceDate is { } d ? posting.IsOpen(d) : null,
            CandidateCount = n,
            EligibleCount = eligibleCount,
            Results = results,
        };
    }

    /// <summary>Explains one candidate against a posting, as a ranking of one would.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <param name="posting">The posting.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The candidate's result, rank 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RankedCandidate Explain(CandidateProfile candidate, Posting posting, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(posting);
        var compiled = CompiledPosting.Compile(posting, options ?? MatchOptions.Default);
        return compiled.Explain(candidate, 1, compiled.NewContext(), Phrases.For(compiled.Options.Culture));
    }

    private static void CheckIds(IReadOnlyList<CandidateProfile> list)
    {
        var seen = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i] ?? throw new ArgumentException($"candidates[{i}] is null.", "candidates");
            if (!seen.TryAdd(c.Id, i))
                throw new ArgumentException($"candidates[{i}] has the id '{c.Id}' of candidates[{seen[c.Id]}]; ids must be unique.", "candidates");
        }
    }
}
