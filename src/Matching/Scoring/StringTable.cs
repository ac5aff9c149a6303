namespace Matching.Scoring;

/// <summary>Dense ids for distinct strings (ordinal), each string kept once. Used while building a <see cref="CandidateIndex"/>.</summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _values = new();

    public int Count => _values.Count;

    public int Id(string value)
    {
        if (_ids.TryGetValue(value, out var id)) return id;
        id = _values.Count;
        _ids.Add(value, id);
        _values.Add(value);
        return id;
    }

    public string[] ToArray() => _values.ToArray();
}
