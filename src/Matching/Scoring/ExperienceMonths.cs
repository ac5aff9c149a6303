using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// Counts months of experience. Dated periods that overlap count once: each month counts with the
/// largest weight among the jobs that cover it. Jobs given only as a number of months cannot
/// overlap-check and are added. An open end counts up to the reference month; a start after the
/// reference month counts nothing.
/// </summary>
internal static class ExperienceMonths
{
    public static double Count(IReadOnlyList<ExperienceEntry> entries, int? referenceMonth, Func<ExperienceEntry, double> weight)
    {
        var n = entries.Count;
        Span<int> starts = n <= 32 ? stackalloc int[n] : new int[n];
        Span<int> ends = n <= 32 ? stackalloc int[n] : new int[n];
        Span<double> weights = n <= 32 ? stackalloc double[n] : new double[n];
        var dated = 0;
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            var e = entries[i];
            var w = weight(e);
            if (w <= 0) continue;
            if (e.Months is { } m)
            {
                total += m * w;
                continue;
            }
            if (e.Start is not { } s) continue;
            var endIndex = e.End?.Index ?? referenceMonth ?? s.Index - 1;
            if (referenceMonth is { } r && endIndex > r) endIndex = r;
            var endExclusive = endIndex + 1;
            if (endExclusive <= s.Index) continue;
            starts[dated] = s.Index;
            ends[dated] = endExclusive;
            weights[dated] = w;
            dated++;
        }
        if (dated == 0) return total;
        // Breakpoints: every start and end; between two, the largest weight covering counts.
        Span<int> points = dated <= 16 ? stackalloc int[dated * 2] : new int[dated * 2];
        for (var i = 0; i < dated; i++) { points[2 * i] = starts[i]; points[2 * i + 1] = ends[i]; }
        points.Sort();
        for (var k = 0; k + 1 < points.Length; k++)
        {
            var a = points[k];
            var b = points[k + 1];
            if (b <= a) continue;
            double best = 0;
            for (var i = 0; i < dated; i++)
                if (starts[i] <= a && ends[i] >= b && weights[i] > best) best = weights[i];
            total += (b - a) * best;
        }
        return total;
    }

    /// <summary>Months an entry lasts on its own (before overlaps are merged).</summary>
    public static int Length(ExperienceEntry e, int? referenceMonth)
    {
        if (e.Months is { } m) return m;
        if (e.Start is not { } s) return 0;
        var endIndex = e.End?.Index ?? referenceMonth ?? s.Index - 1;
        if (referenceMonth is { } r && endIndex > r) endIndex = r;
        return Math.Max(0, endIndex - s.Index + 1);
    }
}
