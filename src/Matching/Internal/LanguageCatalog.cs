using Matching.Model;

namespace Matching.Internal;

/// <summary>The embedded language list (Resources/languages.tsv).</summary>
internal static class LanguageCatalog
{
    internal sealed record Entry(string Key, string? Iso639, string English, string French, bool IsLocal, string[] Spellings);

    private static readonly Dictionary<string, Entry> ByKey;
    private static readonly Dictionary<string, string> BySpelling;
    private static readonly string[] NotLocal = ["french", "english", "arabic", "spanish", "portuguese", "italian", "german", "local", "haitian_creole"];

    public static readonly IReadOnlyList<LanguageKey> Keys;

    static LanguageCatalog()
    {
        ByKey = new Dictionary<string, Entry>(StringComparer.Ordinal);
        BySpelling = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new List<LanguageKey>();
        foreach (var row in ResourceFiles.ReadTsv("languages.tsv"))
        {
            if (row.Length < 4) continue;
            var key = row[0].Trim();
            var spellingsText = row[3];
            var paren = spellingsText.IndexOf('(', StringComparison.Ordinal);
            if (paren >= 0) spellingsText = spellingsText[..paren];
            var spellings = spellingsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var french = spellings.Length > 0 ? spellings[0] : key;
            var entry = new Entry(key, string.IsNullOrWhiteSpace(row[1]) ? null : row[1].Trim(),
                string.IsNullOrWhiteSpace(row[2]) ? french : row[2].Trim(), french, Array.IndexOf(NotLocal, key) < 0, spellings);
            ByKey[key] = entry;
            keys.Add(LanguageKey.FromTrusted(key));
            BySpelling.TryAdd(Text.Fold(key), key);
            BySpelling.TryAdd(Text.Fold(entry.English), key);
            foreach (var s in spellings) BySpelling.TryAdd(Text.Fold(s), key);
        }
        Keys = keys.AsReadOnly();
    }

    public static bool Contains(string key) => ByKey.ContainsKey(key);

    public static Entry Get(string? key)
        => key is not null && ByKey.TryGetValue(key, out var e) ? e : throw new InvalidOperationException("An uninitialised LanguageKey was used.");

    public static bool TryFind(string folded, out string key) => BySpelling.TryGetValue(folded, out key!);

    /// <summary>Every folded spelling and its key, for the extractor's lexicon.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Spellings => BySpelling;
}
