namespace Matching.Model;

/// <summary>Keys and international mappings of <see cref="DiplomaLevel"/>.</summary>
public static class DiplomaLevelExtensions
{
    private static readonly string[] Keys = ["", "def", "cap", "bac", "bac+2", "bac+3", "bac+4", "bac+5", "bac+8"];

    /// <summary>The interchange key of a level: "def", "cap", "bac", "bac+2" … "bac+8".</summary>
    /// <param name="level">The level.</param>
    /// <returns>The key used in the JSON formats.</returns>
    public static string ToKey(this DiplomaLevel level) => Keys[(int)level];

    /// <summary>The ISCED 2011 level of a diploma level (2 for DEF up to 8 for a doctorate).</summary>
    /// <param name="level">The level.</param>
    /// <returns>The ISCED 2011 level number.</returns>
    public static int ToIsced(this DiplomaLevel level) => level switch
    {
        DiplomaLevel.Def => 2,
        DiplomaLevel.Cap or DiplomaLevel.Bac => 3,
        DiplomaLevel.Bac2 => 5,
        DiplomaLevel.Bac3 or DiplomaLevel.Bac4 => 6,
        DiplomaLevel.Bac5 => 7,
        _ => 8,
    };

    /// <summary>Reads an interchange key ("bac+3"); case and spaces are ignored.</summary>
    /// <param name="key">The key.</param>
    /// <param name="level">The level read.</param>
    /// <returns>Whether the key names a level.</returns>
    public static bool TryParseKey(string? key, out DiplomaLevel level)
    {
        level = default;
        if (key is null) return false;
        var k = key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var i = Array.IndexOf(Keys, k);
        if (i <= 0) return false;
        level = (DiplomaLevel)i;
        return true;
    }
}
