using System.Buffers;

namespace Matching.Scoring;

/// <summary>
/// The evaluations of a criterion's distinct values. There are few distinct evaluations, so it
/// keeps them once and a byte per value, which keeps what the scan reads at random in cache;
/// beyond 256 it keeps one evaluation per value.
/// </summary>
internal sealed class EvaluationTable
{
    private readonly int _length;
    private Evaluation[] _palette = new Evaluation[16];
    private int _size;
    private int _last;

    /// <param name="length">How many values.</param>
    /// <param name="pooled">
    /// Whether the classes are rented: a ranking builds tables of up to a byte per distinct value
    /// and gives them back (see <see cref="Release"/>), so rankings neither churn the large object
    /// heap nor touch fresh pages. A table kept beyond one ranking is not pooled.
    /// </param>
    public EvaluationTable(int length, bool pooled = true)
    {
        _length = length;
        _pooled = pooled;
        Classes = pooled ? ArrayPool<byte>.Shared.Rent(Math.Max(1, length)) : new byte[Math.Max(1, length)];
        Array.Clear(Classes, 0, length);
    }

    private readonly bool _pooled;

    /// <summary>
    /// A table whose values take their evaluations from <paramref name="palette"/>, set by
    /// <see cref="SetClass"/>; every value starts with the palette's first evaluation.
    /// </summary>
    public EvaluationTable(int length, EvaluationPalette palette, bool pooled = true) : this(length, pooled)
    {
        _given = palette.ToArray();
        if (_given.Length <= 256)
        {
            _palette = _given;
            _size = _given.Length;
        }
        else if (_given.Length > 0) Fill(_given[0]);
    }

    private readonly Evaluation[]? _given;

    public int Length => _length;

    /// <summary>
    /// A byte per value indexing <see cref="Values"/> (the array may be longer than <see cref="Length"/>);
    /// null where <see cref="Values"/> holds one evaluation per value.
    /// </summary>
    public byte[]? Classes { get; private set; }

    public Evaluation[] Values => Classes is null ? _palette : _palette[.._size];

    public Evaluation this[int index] { set => Set(index, value); }

    /// <summary>
    /// The classes, to write palette indices into directly, where the table was made with a
    /// palette of at most 256 evaluations; else null (see <see cref="SetClass"/>).
    /// </summary>
    public byte[]? PaletteClasses => _given is { Length: <= 256 } ? Classes : null;

    /// <summary>Gives value <paramref name="index"/> the evaluation at <paramref name="paletteIndex"/> of the palette the table was made with.</summary>
    public void SetClass(int index, int paletteIndex)
    {
        if (Classes is { } classes && _size == _given!.Length) classes[index] = (byte)paletteIndex;
        else Set(index, _given![paletteIndex]);
    }

    private void Set(int index, Evaluation e)
    {
        if (Classes is not { } classes)
        {
            _palette[index] = e;
            return;
        }
        if (_size > 0 && Same(_palette[_last], e))
        {
            classes[index] = (byte)_last;
            return;
        }
        for (var p = 0; p < _size; p++)
        {
            if (!Same(_palette[p], e)) continue;
            _last = p;
            classes[index] = (byte)p;
            return;
        }
        if (_size == 256)
        {
            // Too many distinct evaluations: one per value from now on.
            var full = new Evaluation[_length];
            for (var i = 0; i < _length; i++) full[i] = _palette[classes[i]];
            _palette = full;
            Classes = null;
            if (_pooled) ArrayPool<byte>.Shared.Return(classes);
            full[index] = e;
            return;
        }
        if (_size == _palette.Length) Array.Resize(ref _palette, _size * 2);
        _palette[_size] = e;
        _last = _size;
        classes[index] = (byte)_size++;
    }

    private static bool Same(in Evaluation a, in Evaluation b)
        => a.Outcome == b.Outcome && a.NearMiss == b.NearMiss && BitConverter.DoubleToInt64Bits(a.Score) == BitConverter.DoubleToInt64Bits(b.Score);

    /// <summary>Gives the classes back to the pool, where rented; the table is not read afterwards.</summary>
    public void Release()
    {
        if (!_pooled || Classes is not { } classes) return;
        Classes = null;
        ArrayPool<byte>.Shared.Return(classes);
    }

    public void Fill(Evaluation e)
    {
        for (var i = 0; i < _length; i++) this[i] = e;
    }
}

/// <summary>Distinct evaluations (bit for bit), each given a dense index in the order first added.</summary>
internal sealed class EvaluationPalette
{
    private readonly List<Evaluation> _values = new();
    private readonly List<double> _scores = new();
    private readonly Dictionary<(Outcome, long, bool), int> _ids = new();

    public int Count => _values.Count;

    /// <summary>The scores, by index (valid until the next <see cref="Add"/>).</summary>
    public List<double> Scores => _scores;

    public int Add(Evaluation e)
    {
        var key = (e.Outcome, BitConverter.DoubleToInt64Bits(e.Score), e.NearMiss);
        if (_ids.TryGetValue(key, out var id)) return id;
        id = _values.Count;
        _ids.Add(key, id);
        _values.Add(e);
        _scores.Add(e.Score);
        return id;
    }

    public Evaluation[] ToArray() => _values.ToArray();
}
