using System.Numerics;
using System.Runtime.Intrinsics;
using F23.StringSimilarity;

namespace Matching.Places;

/// <summary>
/// Near-miss search over the folded names. Names are bucketed by first character and sorted by length; a
/// letter-set and letter-count bounds discard most candidates before a bounded optimal-string-alignment
/// distance, checked against F23.StringSimilarity's, is computed on the few that remain.
/// </summary>
internal sealed class FuzzyIndex
{
    private const int Stride = 32;
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
        var queryCounts = Vector256.Create<byte>(counts);
        var (from, to) = bucket.Range(query.Length - maxEdits, query.Length + maxEdits);
        var mask = Mask(query);
        for (var i = from; i < to; i++)
        {
            // Each edit adds or removes at most two letters from the set of letters present.
            if (BitOperations.PopCount(mask ^ bucket.Masks[i]) > 2 * maxEdits) continue;
            if (bucket.LowerBound(i, queryCounts) > maxEdits) continue;
            var key = bucket.Keys[i];
            var d = BoundedDistance(query, key, maxEdits);
            if (d <= maxEdits) hits.Add((key, bucket.Places[i], d, bucket.Canonical[i]));
        }
    }

    private static uint Mask(string s)
    {
        var mask = 0u;
        foreach (var c in s) mask |= 1u << (c is >= 'a' and <= 'z' ? c - 'a' : char.IsAsciiDigit(c) ? 26 : 27);
        return mask;
    }

    /// <summary>The optimal-string-alignment distance as computed by F23.StringSimilarity, the reference.</summary>
    public static int Distance(string a, string b) => (int)s_osa.Distance(a, b);

    /// <summary>Whether the optimal-string-alignment distance is at most <paramref name="max"/>.</summary>
    internal static bool WithinEdits(string a, string b, int max) => BoundedDistance(a, b, max) <= max;

    /// <summary>
    /// The optimal-string-alignment distance when it is at most <paramref name="max"/>, otherwise
    /// <paramref name="max"/> + 1: three rolling rows on the stack, stopping as soon as a whole row exceeds the
    /// bound. It gives the same distances as <see cref="Distance"/> (a property test checks it) without the
    /// library call's full matrix allocation, which matters for the thousand names of a bucket.
    /// </summary>
    internal static int BoundedDistance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;

        // A common prefix and suffix cost nothing: near misses shrink to a few letters ("tombouct|u" / "tombouct|ou").
        var prefix = a.AsSpan().CommonPrefixLength(b);
        var x = a.AsSpan(prefix);
        var y = b.AsSpan(prefix);
        var suffix = 0;
        while (suffix < x.Length && suffix < y.Length && x[^(suffix + 1)] == y[^(suffix + 1)]) suffix++;
        return BoundedCore(x[..^suffix], y[..^suffix], max);
    }

    private static int BoundedCore(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (a.Length == 0 || b.Length == 0) return Math.Min(Math.Max(a.Length, b.Length), max + 1);
        if (b.Length > 64) return max + 1;
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
            if (rowMin > max) return max + 1;
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.Min(previous[b.Length], max + 1);
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

        // Every edit changes the letter counts by at most 2 in total: half the L1 distance is a lower bound.
        public int LowerBound(int i, Vector256<byte> query)
        {
            var row = Vector256.Create<byte>(_counts.AsSpan(i * Stride, Stride));
            var diff = Vector256.Max(row, query) - Vector256.Min(row, query);
            var (lower, upper) = Vector256.Widen(diff);
            var l1 = Vector256.Sum(lower + upper);
            return (l1 + 1) / 2;
        }
    }
}
