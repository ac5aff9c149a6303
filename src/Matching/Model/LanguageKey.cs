using Matching.Internal;

namespace Matching.Model;

/// <summary>
/// A language, by its key in the project's language list ("french", "bambara", "fula", "songhay",
/// "tamasheq" … and "local" for unnamed local languages). Keys, ISO 639 codes and the French
/// spellings come from the embedded <c>languages.tsv</c>.
/// </summary>
public readonly record struct LanguageKey
{
    private LanguageKey(string value) => Value = value;

    /// <summary>The key, lower-case ASCII ("fula").</summary>
    public string Value { get; }

    /// <summary>French.</summary>
    public static LanguageKey French => new("french");

    /// <summary>English.</summary>
    public static LanguageKey English => new("english");

    /// <summary>"Langues locales" with no language named: met by any local language of the region.</summary>
    public static LanguageKey Local => new("local");

    /// <summary>Every known key, in the order of the language list.</summary>
    public static IReadOnlyList<LanguageKey> All => LanguageCatalog.Keys;

    /// <summary>The ISO 639 code (639-3 or 639-2) where one exists, else null.</summary>
    public string? Iso639 => LanguageCatalog.Get(Value).Iso639;

    /// <summary>The language's English name ("Fula").</summary>
    public string EnglishName => LanguageCatalog.Get(Value).English;

    /// <summary>The language's usual French name ("peul").</summary>
    public string FrenchName => LanguageCatalog.Get(Value).French;

    /// <summary>Whether this is a language of Mali or its neighbours other than French, English and Arabic (what "langues locales" means).</summary>
    public bool IsLocal => LanguageCatalog.Get(Value).IsLocal;

    /// <summary>Reads a key ("fula").</summary>
    /// <param name="key">The key.</param>
    /// <returns>The language.</returns>
    /// <exception cref="FormatException">The key is not in the language list.</exception>
    public static LanguageKey Parse(string key)
        => TryParse(key, out var k) ? k : throw new FormatException($"Unknown language key '{key}'. Known keys: {string.Join(", ", LanguageCatalog.Keys.Select(x => x.Value))}.");

    /// <summary>Reads a key ("fula"); case is ignored.</summary>
    /// <param name="key">The key.</param>
    /// <param name="language">The language read.</param>
    /// <returns>Whether the key is known.</returns>
    public static bool TryParse(string? key, out LanguageKey language)
    {
        language = default;
        if (key is null) return false;
        var k = key.Trim().ToLowerInvariant();
        if (!LanguageCatalog.Contains(k)) return false;
        language = new LanguageKey(k);
        return true;
    }

    /// <summary>Finds a language by any of its French spellings ("Peulh", "Sonrhaï", "Tamachek") or its key.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="language">The language found.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryFromName(string? name, out LanguageKey language)
    {
        language = default;
        if (string.IsNullOrWhiteSpace(name)) return false;
        if (!LanguageCatalog.TryFind(Text.Fold(name), out var key)) return false;
        language = new LanguageKey(key);
        return true;
    }

    internal static LanguageKey FromTrusted(string key) => new(key);

    /// <summary>The key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Value ?? string.Empty;
}
