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
    /// <summary>The value of <see cref="Encode"/>'s outputs where the entry gives none.</summary>
    public const int None = -1;

    public static double Count(IReadOnlyList<ExperienceEntry> entries, int? referenceMonth, Func<ExperienceEntry, double> weight)
    {
        var n = entries.Count;
        Span<int> months = n <= 32 ? stackalloc int[n] : new int[n];
        Span<int> starts = n <= 32 ? stackalloc int[n] : new int[n];
        Span<int> ends = n <= 32 ? stackalloc int[n] : new int[n];
        Span<double> weights = n <= 32 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++)
        {
            var e = entries[i];
            weights[i] = weight(e);
            Encode(e, out months[i], out starts[i], out ends[i]);
        }
        return Count(months, starts, ends, weights, referenceMonth);
    }

    /// <summary>An entry as primitives: its months where given, its start and end month indices, <see cref="None"/> where absent.</summary>
    public static void Encode(ExperienceEntry e, out int months, out int start, out int end)
    {
        months = e.Months ?? None;
        start = e.Start?.Index ?? None;
        end = e.End?.Index ?? None;
    }

    /// <summary>
    /// The formula on primitives, shared by the profile path and the candidate index: entry i lasts
    /// <paramref name="months"/>[i] months where given, else from <paramref name="starts"/>[i] to
    /// <paramref name="ends"/>[i] (open where <see cref="None"/>), and counts with <paramref name="weights"/>[i].
    /// </summary>
    public static double Count(ReadOnlySpan<int> months, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<double> weights, int? referenceMonth)
    {
        var n = weights.Length;
        Span<int> ds = n <= 32 ? stackalloc int[n] : new int[n];
        Span<int> de = n <= 32 ? stackalloc int[n] : new int[n];
        Span<double> dw = n <= 32 ? stackalloc double[n] : new double[n];
        var dated = 0;
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            var w = weights[i];
            if (w <= 0) continue;
            if (months[i] >= 0)
            {
                total += months[i] * w;
                continue;
            }
            var s = starts[i];
            if (s < 0) continue;
            var endIndex = ends[i] >= 0 ? ends[i] : referenceMonth ?? s - 1;
            if (referenceMonth is { } r && endIndex > r) endIndex = r;
            var endExclusive = endIndex + 1;
            if (endExclusive <= s) continue;
            ds[dated] = s;
            de[dated] = endExclusive;
            dw[dated] = w;
            dated++;
        }
        if (dated == 0) return total;
        // Breakpoints: every start and end; between two, the largest weight covering counts.
        Span<int> points = dated <= 16 ? stackalloc int[dated * 2] : new int[dated * 2];
        for (var i = 0; i < dated; i++) { points[2 * i] = ds[i]; points[2 * i + 1] = de[i]; }
        points.Sort();
        for (var k = 0; k + 1 < points.Length; k++)
        {
            var a = points[k];
            var b = points[k + 1];
            if (b <= a) continue;
            double best = 0;
            for (var i = 0; i < dated; i++)
                if (ds[i] <= a && de[i] >= b && dw[i] > best) best = dw[i];
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
