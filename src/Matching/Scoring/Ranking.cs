using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// The ranked, explained results of candidates against one posting. Eligible candidates come
/// first, then near misses, then the others by how many required criteria they miss; within each,
/// by score, descending, then by id (ordinal), so a ranking is the same on every run.
/// </summary>
public sealed record Ranking
{
    /// <summary>The posting ranked against.</summary>
    public required Posting Posting { get; init; }

    /// <summary>The reference date of the ranking, where one was given.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Whether the posting accepts applications on the reference date; null where no reference date was given.</summary>
    public bool? IsOpen { get; init; }

    /// <summary>How many candidates were scored.</summary>
    public required int CandidateCount { get; init; }

    /// <summary>How many of them are eligible.</summary>
    public required int EligibleCount { get; init; }

    /// <summary>The results, best first (the top k where a top was asked).</summary>
    public required IReadOnlyList<RankedCandidate> Results { get; init; }

    /// <summary>
    /// Merges rankings of disjoint parts of a roster against the same posting (shards ranked apart)
    /// into the ranking of the whole: the same results, in the same order, as ranking it at once.
    /// </summary>
    /// <param name="parts">The partial rankings; each must hold at least the top <paramref name="top"/> of its part.</param>
    /// <param name="top">How many results to keep, or null for all.</param>
    /// <returns>The merged ranking, ranks renumbered from 1.</returns>
    /// <exception cref="ArgumentException">No parts, parts for different postings, or a candidate id in two parts.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is zero or negative.</exception>
    public static Ranking Merge(IEnumerable<Ranking> parts, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (top is { } asked) Internal.Guard.Positive(asked, nameof(top));
        var list = parts.ToList();
        if (list.Count == 0) throw new ArgumentException("Nothing to merge.", nameof(parts));
        var first = list[0];
        string? firstJson = null;
        for (var i = 1; i < list.Count; i++)
            if (!ReferenceEquals(list[i].Posting, first.Posting)
                && (firstJson ??= Serialization.MatchingJson.WritePostings([first.Posting])) != Serialization.MatchingJson.WritePostings([list[i].Posting]))
                throw new ArgumentException($"parts[{i}] ranks another posting ('{list[i].Posting.Title}', not '{first.Posting.Title}').", nameof(parts));
        var all = list.SelectMany(p => p.Results).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in all)
            if (!ids.Add(r.Id)) throw new ArgumentException($"Candidate '{r.Id}' appears in two parts.", nameof(parts));
        all.Sort(ResultOrder.Instance);
        var count = top is { } k ? Math.Min(k, all.Count) : all.Count;
        var results = new RankedCandidate[count];
        for (var i = 0; i < count; i++) results[i] = all[i] with { Rank = i + 1 };
        return first with
        {
            CandidateCount = list.Sum(p => p.CandidateCount),
            EligibleCount = list.Sum(p => p.EligibleCount),
            Results = results,
        };
    }

    private sealed class ResultOrder : IComparer<RankedCandidate>
    {
        public static readonly ResultOrder Instance = new();

        public int Compare(RankedCandidate? x, RankedCandidate? y)
            => RankOrder.Compare(RankOrder.Tier(x!.Eligible, x.NearMiss, x.MissedRequired), x.Score, x.Id, RankOrder.Tier(y!.Eligible, y.NearMiss, y.MissedRequired), y.Score, y.Id);
    }
}
