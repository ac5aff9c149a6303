namespace Matching.Model;

/// <summary>Keys and CEFR mapping of <see cref="LanguageLevel"/>.</summary>
public static class LanguageLevelExtensions
{
    private static readonly string[] Keys = ["", "basic", "good", "fluent", "native"];

    /// <summary>The interchange key: "basic", "good", "fluent" or "native".</summary>
    /// <param name="level">The level.</param>
    /// <returns>The key.</returns>
    public static string ToKey(this LanguageLevel level) => Keys[(int)level];

    /// <summary>The CEFR band of a level ("A1-A2", "B1-B2", "C1-C2"; native is "C2+").</summary>
    /// <param name="level">The level.</param>
    /// <returns>The CEFR band.</returns>
    public static string ToCefr(this LanguageLevel level) => level switch
    {
        LanguageLevel.Basic => "A1-A2",
        LanguageLevel.Good => "B1-B2",
        LanguageLevel.Fluent => "C1-C2",
        _ => "C2+",
    };

    /// <summary>Reads an interchange key ("fluent").</summary>
    /// <param name="key">The key.</param>
    /// <param name="level">The level read.</param>
    /// <returns>Whether the key names a level.</returns>
    public static bool TryParseKey(string? key, out LanguageLevel level)
    {
        level = default;
        if (key is null) return false;
        var i = Array.IndexOf(Keys, key.Trim().ToLowerInvariant());
        if (i <= 0) return false;
        level = (LanguageLevel)i;
        return true;
    }
}
