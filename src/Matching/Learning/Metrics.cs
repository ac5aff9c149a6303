namespace Matching.Learning;

/// <summary>Ranking measures: AUC and NDCG@k, with ties between scores counted as half-ordered.</summary>
internal static class Metrics
{
    /// <summary>The probability that a positive scores above a negative (ties count half); null without both.</summary>
    public static double? Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        double pairs = 0, wins = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (!positive[i]) continue;
            for (var j = 0; j < scores.Count; j++)
            {
                if (positive[j]) continue;
                pairs++;
                if (scores[i] > scores[j]) wins++;
                else if (scores[i] == scores[j]) wins += 0.5;
            }
        }
        return pairs > 0 ? wins / pairs : null;
    }

    /// <summary>
    /// NDCG@k of the order of descending scores (ties broken by position) with gains 2^relevance − 1,
    /// against the ideal order; null where no item has a relevance above 0.
    /// </summary>
    public static double? Ndcg(IReadOnlyList<double> scores, IReadOnlyList<double> relevance, int k)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var ideal = relevance.OrderByDescending(r => r).ToArray();
        double dcg = 0, idcg = 0;
        for (var r = 0; r < Math.Min(k, order.Length); r++)
        {
            var discount = Math.Log2(r + 2);
            dcg += (Math.Pow(2, relevance[order[r]]) - 1) / discount;
            idcg += (Math.Pow(2, ideal[r]) - 1) / discount;
        }
        return idcg > 0 ? dcg / idcg : null;
    }
}
