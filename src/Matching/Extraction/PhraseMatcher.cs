namespace Matching.Extraction;

/// <summary>
/// Finds phrases of a lexicon ("pack office", "un atout", "sos villages d enfants") in folded text
/// in one pass over its words: each word is looked up by itself, and only phrases that start with it
/// are compared. Longest phrase first; matches do not overlap. Positions are character indexes in
/// the text given, so a same-length folded text maps back to the original.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Words, string Phrase, T Value)>> _byFirstWord = new(StringComparer.Ordinal);
    // first words by (first ASCII letter, length): most words of a text are skipped without a look-up
    private readonly bool[] _firstCharLength = new bool[128 * 64];
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, List<(string[] Words, string Phrase, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = new();
            list.Add((words, phrase, value));
            var c = words[0][0];
            if (c < 128) _firstCharLength[c * 64 + Math.Min(words[0].Length, 63)] = true;
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
#if NET9_0_OR_GREATER
        _bySpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    private bool TryFirstWord(string text, int start, int end, out List<(string[] Words, string Phrase, T Value)> candidates)
    {
#if NET9_0_OR_GREATER
        return _bySpan.TryGetValue(text.AsSpan(start, end - start), out candidates!);
#else
        return _byFirstWord.TryGetValue(text[start..end], out candidates!);
#endif
    }

    public readonly record struct Hit(T Value, string Phrase, int Start, int End);

    /// <summary>Whether any phrase occurs in the text.</summary>
    public bool Any(string text, int from = 0, int to = -1) => Scan(text, from, to < 0 ? text.Length : to, null);

    public List<Hit> FindAll(string text, int from = 0, int to = -1)
    {
        var hits = new List<Hit>();
        Scan(text, from, to < 0 ? text.Length : to, hits);
        return hits;
    }

    private bool Scan(string text, int from, int to, List<Hit>? hits)
    {
        var i = from;
        while (i < to)
        {
            while (i < to && !IsWordChar(text[i])) i++;
            var j = i;
            while (j < to && IsWordChar(text[j])) j++;
            if (j == i) break;
            var c = text[i];
            if (c < 128 && _firstCharLength[c * 64 + Math.Min(j - i, 63)] && TryFirstWord(text, i, j, out var candidates))
            {
                foreach (var (words, phrase, value) in candidates)
                {
                    var end = j;
                    var pos = j;
                    var ok = true;
                    for (var k = 1; k < words.Length && ok; k++)
                    {
                        while (pos < to && !IsWordChar(text[pos])) pos++;
                        var e = pos;
                        while (e < to && IsWordChar(text[e])) e++;
                        ok = e - pos == words[k].Length && string.CompareOrdinal(text, pos, words[k], 0, words[k].Length) == 0;
                        end = e;
                        pos = e;
                    }
                    if (!ok) continue;
                    if (hits is null) return true;
                    hits.Add(new Hit(value, phrase, i, end));
                    j = end;
                    break;
                }
            }
            i = j;
        }
        return false;
    }

    private static bool IsWordChar(char c)
        => c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '+' : char.IsLetterOrDigit(c);
}
