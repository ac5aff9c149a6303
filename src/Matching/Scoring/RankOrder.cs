namespace Matching.Scoring;

/// <summary>The one total order of a ranking: eligible first, higher score first, then id (ordinal).</summary>
internal static class RankOrder
{
    public static int Compare(bool eligibleA, double scoreA, string idA, bool eligibleB, double scoreB, string idB)
    {
        if (eligibleA != eligibleB) return eligibleA ? -1 : 1;
        var c = scoreB.CompareTo(scoreA);
        return c != 0 ? c : string.CompareOrdinal(idA, idB);
    }
}
