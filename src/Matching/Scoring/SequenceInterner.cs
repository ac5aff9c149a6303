using System.Runtime.InteropServices;

namespace Matching.Scoring;

/// <summary>
/// Gives each distinct sequence of integers a dense id, storing every sequence once in one pool;
/// a lookup neither allocates nor copies beyond the pool's growth. Used while building a
/// <see cref="CandidateIndex"/>; not thread-safe.
/// </summary>
internal sealed class SequenceInterner
{
    private readonly Dictionary<int, int> _byKey;
    private readonly KeyComparer _comparer;
    private int[] _pool = new int[1024];
    private int _used;
    private readonly List<int> _starts = new() { 0 };

    public SequenceInterner()
    {
        _comparer = new KeyComparer(this);
        _byKey = new Dictionary<int, int>(_comparer);
    }

    /// <summary>How many distinct sequences.</summary>
    public int Count => _starts.Count - 1;

    /// <summary>The id of a sequence, adding it where new.</summary>
    public int Intern(ReadOnlySpan<int> items)
    {
        EnsureCapacity(_used + items.Length);
        items.CopyTo(_pool.AsSpan(_used));
        // The candidate sequence sits past the end of the pool; ids index _starts, -1 means "the candidate".
        _comparer.PendingLength = items.Length;
        if (_byKey.TryGetValue(-1, out var id)) return id;
        id = Count;
        _used += items.Length;
        _starts.Add(_used);
        _byKey.Add(id, id);
        return id;
    }

    /// <summary>The items of sequence <paramref name="id"/>.</summary>
    public ReadOnlySpan<int> this[int id] => _pool.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    /// <summary>The pool and offsets, trimmed: sequence i is pool[offsets[i]..offsets[i+1]].</summary>
    public (int[] Pool, int[] Offsets) ToArrays() => (_pool.AsSpan(0, _used).ToArray(), _starts.ToArray());

    private void EnsureCapacity(int size)
    {
        if (size <= _pool.Length) return;
        Array.Resize(ref _pool, Math.Max(size, _pool.Length * 2));
    }

    private ReadOnlySpan<int> Items(int key)
        => key < 0 ? _pool.AsSpan(_used, _comparer.PendingLength) : this[key];

    private sealed class KeyComparer(SequenceInterner owner) : IEqualityComparer<int>
    {
        public int PendingLength;

        public bool Equals(int x, int y) => x == y || owner.Items(x).SequenceEqual(owner.Items(y));

        public int GetHashCode(int key)
        {
            var h = new HashCode();
            h.AddBytes(MemoryMarshal.AsBytes(owner.Items(key)));
            return h.ToHashCode();
        }
    }
}
