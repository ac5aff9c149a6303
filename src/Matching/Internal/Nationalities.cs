namespace Matching.Internal;

/// <summary>
/// Country names and nationality adjectives (French and English, every gender and number) mapped
/// to ISO 3166-1 codes, so that "malienne", "Malien" and "Mali" agree and "nigérienne" and
/// "nigériane" do not.
/// </summary>
internal static class Nationalities
{
    private const int MaxWords = 4;
    private static readonly Dictionary<string, string> Forms = Load();
    private static readonly BoundedCache<IReadOnlySet<string>> Cache = new(Read);

    private static Dictionary<string, string> Load()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadTsv("nationalities.tsv"))
        {
            if (row.Length < 2) continue;
            foreach (var form in row[1].Split('|'))
            {
                var folded = Text.Fold(form);
                if (folded.Length > 0) forms.TryAdd(folded, row[0]);
            }
        }
        return forms;
    }

    /// <summary>
    /// The countries a text names ("malienne et française" names two), longest spelling first;
    /// an empty set when none is recognised.
    /// </summary>
    public static IReadOnlySet<string> Countries(string? text) => text is null ? Read("") : Cache.Get(text);

    private static IReadOnlySet<string> Read(string text)
    {
        var words = Text.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length;)
        {
            var matched = 0;
            for (var n = Math.Min(MaxWords, words.Length - i); n >= 1 && matched == 0; n--)
            {
                if (Forms.TryGetValue(string.Join(' ', words, i, n), out var code))
                {
                    found.Add(code);
                    matched = n;
                }
            }
            i += Math.Max(matched, 1);
        }
        return found;
    }

    /// <summary>
    /// The folded text with "nationalité" and a French feminine or plural ending removed: the
    /// comparison key for a nationality the table does not know.
    /// </summary>
    public static string FallbackKey(string text)
    {
        var f = Text.Fold(text).Replace("nationalite", "", StringComparison.Ordinal).Replace(" de ", " ", StringComparison.Ordinal).Trim();
        if (f.EndsWith("nnes", StringComparison.Ordinal)) return f[..^3];
        if (f.EndsWith("nne", StringComparison.Ordinal)) return f[..^2];
        if (f.EndsWith("es", StringComparison.Ordinal)) return f[..^2];
        if (f.EndsWith('e') || f.EndsWith('s')) return f[..^1];
        return f;
    }
}
