namespace Matching.Scoring;

/// <summary>
/// Gives each distinct sequence of integers a dense id, storing every sequence once in one pool;
/// a lookup neither allocates nor copies beyond the pool's growth. An open-addressing table of
/// ids, each with its hash kept, finds a sequence with one hash and, on a hash match, one
/// comparison. Used while building a <see cref="CandidateIndex"/>; not thread-safe.
/// </summary>
internal sealed class SequenceInterner
{
    private int[] _pool = new int[1024];
    private int _used;
    private int[] _starts = new int[257];
    private int[] _hashes = new int[256];
    private int _count;
    // Slots hold id + 1 (0 = empty); the length is a power of two, at most half full.
    private int[] _slots = new int[512];

    /// <summary>How many distinct sequences.</summary>
    public int Count => _count;

    /// <summary>The id of a sequence, adding it where new.</summary>
    public int Intern(ReadOnlySpan<int> items)
    {
        var hash = Hash(items);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var id = _slots[slot] - 1;
            if (_hashes[id] == hash && this[id].SequenceEqual(items)) return id;
            slot = (slot + 1) & mask;
        }
        var added = _count;
        if (_used + items.Length > _pool.Length) Array.Resize(ref _pool, Math.Max(_used + items.Length, _pool.Length * 2));
        items.CopyTo(_pool.AsSpan(_used));
        _used += items.Length;
        if (added + 2 > _starts.Length) Array.Resize(ref _starts, _starts.Length * 2);
        if (added == _hashes.Length) Array.Resize(ref _hashes, _hashes.Length * 2);
        _starts[added + 1] = _used;
        _hashes[added] = hash;
        _slots[slot] = added + 1;
        _count++;
        if (2 * _count > _slots.Length) Grow();
        return added;
    }

    /// <summary>The items of sequence <paramref name="id"/>.</summary>
    public ReadOnlySpan<int> this[int id] => _pool.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    /// <summary>The pool and offsets, trimmed: sequence i is pool[offsets[i]..offsets[i+1]].</summary>
    public (int[] Pool, int[] Offsets) ToArrays() => (_pool.AsSpan(0, _used).ToArray(), _starts.AsSpan(0, _count + 1).ToArray());

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var slot = _hashes[id] & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = id + 1;
        }
        _slots = slots;
    }

    /// <summary>A hash of the items and their number, mixed so that nearby values spread over the table; never negative.</summary>
    private static int Hash(ReadOnlySpan<int> items)
    {
        var h = (uint)items.Length * 0x9E3779B1u;
        foreach (var v in items)
        {
            h = (h ^ (uint)v) * 0x85EBCA77u;
            h ^= h >> 13;
        }
        h *= 0xC2B2AE3Du;
        h ^= h >> 16;
        return (int)(h & 0x7FFFFFFF);
    }
}
