using System.Globalization;
using System.Text;

namespace Matching.Internal;

/// <summary>Text folding shared by the extractor, the gazetteer and the scorer.</summary>
internal static class Text
{
    /// <summary>Lower-case, accents removed, punctuation and hyphens as spaces, spaces collapsed.</summary>
    public static string Fold(string? s)
    {
        if (string.IsNullOrEmpty(s)) return string.Empty;
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            var c = ch switch { 'œ' or 'Œ' => 'o', 'æ' or 'Æ' => 'a', 'ɔ' or 'Ɔ' => 'o', 'ɛ' or 'Ɛ' => 'e', 'ɲ' => 'n', 'ŋ' => 'n', _ => ch };
            if (ch is 'œ' or 'Œ') { sb.Append("oe"); space = false; continue; }
            if (char.IsLetterOrDigit(c) || c == '+')
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }
}
