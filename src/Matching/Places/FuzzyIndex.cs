using System.Numerics;
using F23.StringSimilarity;

namespace Matching.Places;

/// <summary>
/// Near-miss search over the folded names. Names are bucketed by first character and sorted by length; a
/// letter-count bound (every edit changes the counts by at most 2) discards most candidates before the
/// optimal-string-alignment distance (F23.StringSimilarity) is computed on the few that remain.
/// </summary>
internal sealed class FuzzyIndex
{
    private const int Stride = 28;
    private static readonly OptimalStringAlignment s_osa = new();
    private readonly Dictionary<char, Bucket> _buckets;

    /// <summary>Indexes folded names, each with the place it resolves to and whether it is that place's canonical name.</summary>
    public FuzzyIndex(IEnumerable<(string Key, int Place, bool Canonical)> names)
    {
        _buckets = new Dictionary<char, Bucket>();
        foreach (var group in names.Where(n => n.Key.Length > 0).GroupBy(n => n.Key[0]))
        {
            _buckets[group.Key] = new Bucket(group.OrderBy(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal).ToArray());
        }
    }

    /// <summary>Edits allowed for a folded query of this length: none under 5 characters, 1 up to 7, 2 from 8.</summary>
    public static int MaxEdits(int length) => length < 5 ? 0 : length < 8 ? 1 : 2;

    /// <summary>Adds to <paramref name="hits"/> each name within <paramref name="maxEdits"/> of <paramref name="query"/>.</summary>
    public void Search(string query, int maxEdits, List<(string Key, int Place, int Distance, bool Canonical)> hits)
    {
        if (maxEdits <= 0 || query.Length == 0 || !_buckets.TryGetValue(query[0], out var bucket)) return;
        Span<byte> counts = stackalloc byte[Stride];
        Count(query, counts);
        var (from, to) = bucket.Range(query.Length - maxEdits, query.Length + maxEdits);
        var mask = Mask(query);
        for (var i = from; i < to; i++)
        {
            // Each edit adds or removes at most two letters from the set of letters present.
            if (BitOperations.PopCount(mask ^ bucket.Masks[i]) > 2 * maxEdits) continue;
            if (bucket.LowerBound(i, counts) > maxEdits) continue;
            var key = bucket.Keys[i];
            if (!WithinEdits(query, key, maxEdits)) continue;
            var d = (int)s_osa.Distance(query, key);
            if (d <= maxEdits) hits.Add((key, bucket.Places[i], d, bucket.Canonical[i]));
        }
    }

    private static uint Mask(string s)
    {
        var mask = 0u;
        foreach (var c in s) mask |= 1u << (c is >= 'a' and <= 'z' ? c - 'a' : char.IsAsciiDigit(c) ? 26 : 27);
        return mask;
    }

    /// <summary>
    /// Whether the optimal-string-alignment distance is at most <paramref name="max"/>: three rolling rows on the
    /// stack, stopping as soon as a whole row exceeds the bound. A cheap exact test that spares the allocating
    /// library call for names that cannot match.
    /// </summary>
    internal static bool WithinEdits(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return false;
        if (b.Length > 64) return false;
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        Span<int> beforePrevious = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, beforePrevious[j - 2] + 1);
                current[j] = d;
                if (d < rowMin) rowMin = d;
            }
            if (rowMin > max) return false;
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length] <= max;
    }

    private static void Count(string s, Span<byte> counts)
    {
        foreach (var c in s)
        {
            var slot = c is >= 'a' and <= 'z' ? c - 'a' : char.IsAsciiDigit(c) ? 26 : 27;
            if (counts[slot] < byte.MaxValue) counts[slot]++;
        }
    }

    private sealed class Bucket
    {
        private readonly byte[] _counts;
        private readonly int[] _firstOfLength;

        public Bucket((string Key, int Place, bool Canonical)[] names)
        {
            Keys = names.Select(n => n.Key).ToArray();
            Places = names.Select(n => n.Place).ToArray();
            Canonical = names.Select(n => n.Canonical).ToArray();
            Masks = Keys.Select(Mask).ToArray();
            _counts = new byte[Keys.Length * Stride];
            for (var i = 0; i < Keys.Length; i++) Count(Keys[i], _counts.AsSpan(i * Stride, Stride));
            var longest = Keys.Length == 0 ? 0 : Keys[^1].Length;
            _firstOfLength = new int[longest + 2];
            var k = 0;
            for (var len = 0; len <= longest + 1; len++)
            {
                while (k < Keys.Length && Keys[k].Length < len) k++;
                _firstOfLength[len] = k;
            }
        }

        public string[] Keys { get; }

        public int[] Places { get; }

        public bool[] Canonical { get; }

        public uint[] Masks { get; }

        public (int From, int To) Range(int minLength, int maxLength)
        {
            var last = _firstOfLength.Length - 1;
            var from = _firstOfLength[Math.Clamp(minLength, 0, last)];
            var to = maxLength + 1 > last ? Keys.Length : _firstOfLength[Math.Max(maxLength + 1, 0)];
            return (from, to);
        }

        public int LowerBound(int i, ReadOnlySpan<byte> query)
        {
            var row = _counts.AsSpan(i * Stride, Stride);
            var l1 = 0;
            for (var j = 0; j < Stride; j++) l1 += Math.Abs(row[j] - query[j]);
            return (l1 + 1) / 2;
        }
    }
}
