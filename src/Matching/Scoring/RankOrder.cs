namespace Matching.Scoring;

/// <summary>
/// The one total order of a ranking: by tier (eligible, then near misses, then by the number of
/// required criteria missed), then higher score, then id (ordinal).
/// </summary>
internal static class RankOrder
{
    /// <summary>0 eligible; 1 near miss; 2 + the number of required criteria missed otherwise.</summary>
    public static int Tier(bool eligible, bool nearMiss, int missedRequired)
        => eligible ? 0 : nearMiss ? 1 : 2 + Math.Min(missedRequired, 1000);

    public static int Compare(int tierA, double scoreA, string idA, int tierB, double scoreB, string idB)
    {
        if (tierA != tierB) return tierA < tierB ? -1 : 1;
        var c = scoreB.CompareTo(scoreA);
        return c != 0 ? c : string.CompareOrdinal(idA, idB);
    }
}
