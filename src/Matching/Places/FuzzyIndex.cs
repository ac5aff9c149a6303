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
        for (var i = from; i < to; i++)
        {
            if (bucket.LowerBound(i, counts) > maxEdits) continue;
            var key = bucket.Keys[i];
            var d = (int)s_osa.Distance(query, key);
            if (d <= maxEdits) hits.Add((key, bucket.Places[i], d, bucket.Canonical[i]));
        }
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
