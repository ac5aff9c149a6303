using Matching.Internal;

namespace Matching.Learning;

/// <summary>
/// Short forms of job titles: folded, without the rank words of Resources/fr/rank-words.tsv
/// ("Chargé de protection" → "protection", "Officier Protection" → "protection").
/// </summary>
internal static class JobTitle
{
    private static readonly HashSet<string> RankWords = ResourceFiles.ReadTsv("fr/rank-words.tsv", skipHeader: false)
        .Select(r => r[0].Trim()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words of a title that name the trade, folded and space-separated; empty where none is left.</summary>
    public static string Shorten(string? title)
    {
        var folded = Text.Fold(title);
        if (folded.Length == 0) return folded;
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !RankWords.Contains(w));
        return string.Join(' ', kept);
    }

    /// <summary>Whether a folded word is a rank or small word.</summary>
    public static bool IsRankWord(string word) => RankWords.Contains(word);
}
