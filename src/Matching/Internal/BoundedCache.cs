using System.Collections.Concurrent;

namespace Matching.Internal;

/// <summary>
/// A thread-safe memo of a pure function over free text (tool names, nationalities as profiles
/// write them), holding at most a fixed number of entries so that a roster of unusual spellings
/// cannot grow it without end; beyond that, values are computed and not kept.
/// </summary>
internal sealed class BoundedCache<TValue>(Func<string, TValue> compute, int capacity = 100_000)
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private int _count;

    public TValue Get(string key)
    {
        if (_values.TryGetValue(key, out var known)) return known;
        var value = compute(key);
        if (Volatile.Read(ref _count) < capacity && _values.TryAdd(key, value)) Interlocked.Increment(ref _count);
        return value;
    }
}
