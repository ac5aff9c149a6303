using System.Globalization;
using System.Text;

namespace Matching.Internal;

/// <summary>Text folding shared by the extractor, the gazetteer and the scorer.</summary>
internal static class Text
{
    // Latin letters with diacritics (U+00C0–U+024F) and their base letters, as canonical decomposition
    // gives them: used where .NET runs without Unicode normalisation data (globalization-invariant mode).
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǢǣǦǧǨǩǪǫǬǭǮǯǰǴǵǸǹǺǻǼǽǾǿȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string BaseLetters = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaÆæGgKkOoOoƷʒjGgNnAaÆæØøAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy";
    private static readonly char[] BaseOf = BuildBaseTable();

    /// <summary>Whether this runtime decomposes accented letters (false in globalization-invariant mode).</summary>
    public static bool CanDecompose { get; } = "\u00E9".Normalize(NormalizationForm.FormD).Length == 2;

    private static char[] BuildBaseTable()
    {
        var table = new char[0x250 - 0xC0];
        for (var i = 0; i < table.Length; i++) table[i] = (char)(0xC0 + i);
        for (var i = 0; i < Accented.Length; i++) table[Accented[i] - 0xC0] = BaseLetters[i];
        return table;
    }

    /// <summary>The base letter of a Latin letter with diacritics ("é" → "e"), else the character itself.</summary>
    public static char BaseLetter(char c) => c is >= '\u00C0' and < '\u0250' ? BaseOf[c - 0xC0] : c;

    private static string Decompose(string s)
    {
        if (CanDecompose) return s.Normalize(NormalizationForm.FormD);
        return string.Create(s.Length, s, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++) span[i] = BaseLetter(t[i]);
        });
    }

    /// <summary>Lower-case, accents removed, punctuation and hyphens as spaces, spaces collapsed.</summary>
    public static string Fold(string? s)
    {
        if (string.IsNullOrEmpty(s)) return string.Empty;
        var decomposed = Decompose(s);
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
