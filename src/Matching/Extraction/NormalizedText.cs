using System.Globalization;
using System.Net;
using System.Text;

namespace Matching.Extraction;

/// <summary>
/// A posting text cleaned for reading: HTML tags and entities, markdown marks, bullets, CRLF, NBSP
/// and words split over two lines are undone. <see cref="Folded"/> is the same text lower-cased and
/// without accents, character for character, so a pattern matched on it maps back to
/// <see cref="Text"/> and, through <see cref="ToOriginal"/>, to the original.
/// </summary>
internal sealed class NormalizedText
{
    private const int MaxTagLength = 512;
    private const int MaxEntityLength = 10;
    private static readonly char[] FoldTable = BuildFoldTable();

    private NormalizedText(string text, int[] map, int mapLength, int originalLength)
    {
        Text = text;
        _map = map;
        _mapLength = mapLength;
        OriginalLength = originalLength;
        Folded = FoldSameLength(text);
    }

    public string Text { get; }

    public string Folded { get; }

    /// <summary>For each character of <see cref="Text"/> (the first <c>_mapLength</c> items), its index in the original text.</summary>
    private readonly int[] _map;
    private readonly int _mapLength;

    public int OriginalLength { get; }

    public TextSpan ToOriginal(int start, int end)
    {
        if (_mapLength == 0) return TextSpan.Empty;
        start = Math.Clamp(start, 0, _mapLength - 1);
        end = Math.Clamp(end, start + 1, _mapLength);
        var s = _map[start];
        var e = _map[end - 1] + 1;
        return new TextSpan(s, Math.Max(0, e - s));
    }

    public static NormalizedText Create(string original)
    {
        var sb = new CharBuffer(original.Length);
        var map = new MapBuilder(original.Length);
        var lineStart = true;
        var tableRow = false;
        var i = 0;
        while (i < original.Length)
        {
            var c = original[i];
            if (c == '\n') tableRow = false;
            if (c == '|' && (lineStart || tableRow))
            {
                // a markdown table: "| Lieu | Mopti |" is "Lieu<TAB>Mopti"; "|---|---|" is dropped
                // (the line is scanned once, at its first pipe; cells' pipes become tabs, trailing ones are trimmed with the line)
                if (lineStart && !tableRow)
                {
                    var eol = original.IndexOf('\n', i);
                    if (eol < 0) eol = original.Length;
                    if (original.AsSpan(i, eol - i).IndexOfAnyExcept("|-: \t\r") < 0) { i = eol; continue; }
                }
                else if (!lineStart) Emit(sb, map, '\t', i, ref lineStart);
                tableRow = true;
                i++;
                continue;
            }
            if (c == '<' && TryTag(original, i, out var tagEnd, out var replacement))
            {
                if (replacement != '\0') Emit(sb, map, replacement, i, ref lineStart);
                i = tagEnd;
                continue;
            }
            if (c == '&' && TryEntity(original, i, out var entityEnd, out var decoded))
            {
                Emit(sb, map, decoded, i, ref lineStart);
                i = entityEnd;
                continue;
            }
            if (c == '\r')
            {
                if (i + 1 < original.Length && original[i + 1] == '\n') { i++; continue; }
                c = '\n';
            }
            if (c == '\n' && sb.Length >= 2 && sb[^1] == '-' && char.IsLetter(sb[^2]) && i + 1 < original.Length && char.IsLower(original[i + 1]))
            {
                // a word split over two lines: "informa-\ntique"
                sb.Length--;
                map.RemoveAt(map.Count - 1);
                i++;
                continue;
            }
            if (c == '\n' && IsSoftWrap(sb, original, i))
            {
                // a sentence wrapped by the editor: "… en santé\ncommunautaire, dont …" is one line
                Emit(sb, map, ' ', i, ref lineStart);
                i++;
                continue;
            }
            if (c is '*' or '`' or '\u00AD' or '\u200B' or '\uFE0F' or '\u200D') { i++; continue; }
            if (c == '#' && lineStart) { i++; continue; }
            if (c == '_' && (i + 1 < original.Length && original[i + 1] == '_' || i > 0 && original[i - 1] == '_')) { i++; continue; }
            // emoji, private-use and unassigned code points carry nothing to read (and U+FFFE breaks normalisation)
            if (char.IsSurrogate(c) || c >= '\uE000' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse) { i++; continue; }
            c = c switch
            {
                '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\f' or '\v' => ' ',
                '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' or '\u2012' or '\u2212' => '-',
                '\u25CF' or '\u25AA' or '\u2022' or '\u27A1' or '\u2713' or '\u2714' or '\u25E6' or '\u25A0' or '\u25A1' or '\u25BA' or '\u27A2' or '\u2192' or '\u25C6' or '\u2666' or '\u00B7' or '\u2023' or '\u2043' or '\u25B6' or '\u2611' or '\u2610' => '-',
                _ => c,
            };
            if (char.IsControl(c) && c is not '\n' and not '\t') c = ' ';
            Emit(sb, map, c, i, ref lineStart);
            i++;
        }
        return new NormalizedText(sb.ToString(), map.Items, map.Count, original.Length);
    }

    /// <summary>The normalised characters, sized once: the normalised text is never longer than the original.</summary>
    private sealed class CharBuffer(int capacity)
    {
        private readonly char[] _chars = new char[capacity];

        public int Length { get; set; }

        public char this[Index index] => _chars[index.GetOffset(Length)];

        public void Append(char c) => _chars[Length++] = c;

        public override string ToString() => new(_chars, 0, Length);
    }

    /// <summary>The offset map, sized once: the normalised text is never longer than the original.</summary>
    private sealed class MapBuilder(int capacity)
    {
        private readonly int[] _items = new int[capacity];

        public int Count { get; private set; }

        public void Add(int origin) => _items[Count++] = origin;

        public void RemoveAt(int index) => Count = index;

        /// <summary>The array, <see cref="Count"/> of it used: kept as is rather than copied.</summary>
        public int[] Items => _items;
    }

    /// <summary>Wrapping lines are long (45 characters or more), end inside a sentence (a letter or a comma) and go on in lower case.</summary>
    private const int SoftWrapMinLength = 45;

    private static bool IsSoftWrap(CharBuffer sb, string original, int newline)
    {
        var end = sb.Length;
        while (end > 0 && sb[end - 1] is ' ' or '\t') end--;
        if (end == 0 || !(char.IsLetter(sb[end - 1]) || sb[end - 1] == ',')) return false;
        var next = newline + 1;
        while (next < original.Length && original[next] is ' ' or '\t') next++;
        if (IsCapitalsWrap(sb, end, original, next)) return true;
        if (next + 1 >= original.Length || !char.IsLower(original[next]) || original[next] == 'o' && original[next + 1] == ' ') return false;
        var start = end - 1;
        while (start > 0 && sb[start - 1] != '\n' && end - start < SoftWrapMinLength) start--;
        return end - start >= SoftWrapMinLength;
    }

    /// <summary>Words that cannot end a line of capitals that ends its sentence: "… CHARGÉ DE PROTECTION DE\nL'ENFANCE".</summary>
    private static readonly string[] CapitalsConnectors = ["DE", "DU", "DES", "ET", "EN", "LA", "LE", "LES", "POUR", "AU", "AUX", "À", "SUR", "DANS", "AVEC", "OU", "UN", "UNE", "D'UN", "D'UNE"];

    /// <summary>
    /// A line in capitals (30 characters or more) that ends on a word that cannot end it, followed
    /// by a line that goes on in capitals: one line wrapped (in capitals the case of the next
    /// line cannot tell).
    /// </summary>
    private static bool IsCapitalsWrap(CharBuffer sb, int end, string original, int next)
    {
        if (next >= original.Length || !char.IsUpper(original[next])) return false;
        var start = end;
        while (start > 0 && sb[start - 1] != '\n') start--;
        if (end - start < 30) return false;
        for (var k = start; k < end; k++)
            if (char.IsLower(sb[k])) return false;
        var wordStart = end;
        while (wordStart > start && sb[wordStart - 1] != ' ') wordStart--;
        if (!CapitalsConnectors.Any(w => IsWord(sb, wordStart, end, w))) return false;
        // the next line's first words are in capitals too
        for (var k = next; k < original.Length && k < next + 20 && original[k] != '\n'; k++)
            if (char.IsLower(original[k])) return false;
        return true;
    }

    private static bool IsWord(CharBuffer sb, int start, int end, string word)
    {
        if (end - start != word.Length) return false;
        for (var k = 0; k < word.Length; k++)
            if (sb[start + k] != word[k]) return false;
        return true;
    }

    private static void Emit(CharBuffer sb, MapBuilder map, char c, int origin, ref bool lineStart)
    {
        sb.Append(c);
        map.Add(origin);
        if (c == '\n') lineStart = true;
        else if (!char.IsWhiteSpace(c)) lineStart = false;
    }

    private static bool TryTag(string s, int i, out int end, out char replacement)
    {
        end = i;
        replacement = '\0';
        if (i + 1 >= s.Length) return false;
        var n = s[i + 1];
        if (!(char.IsAsciiLetter(n) || n == '/' || n == '!')) return false;
        var limit = Math.Min(s.Length, i + MaxTagLength);
        var close = -1;
        for (var j = i + 1; j < limit; j++)
        {
            if (s[j] == '>') { close = j; break; }
            if (s[j] == '<') return false;
        }
        if (close < 0) return false;
        end = close + 1;
        var nameStart = n == '/' ? i + 2 : i + 1;
        var nameEnd = nameStart;
        while (nameEnd < close && char.IsAsciiLetterOrDigit(s[nameEnd])) nameEnd++;
        var name = s.AsSpan(nameStart, nameEnd - nameStart);
        if (name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase))
            replacement = '\t';
        else if (name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("p", StringComparison.OrdinalIgnoreCase)
            || name.Equals("div", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase)
            || name.Equals("tr", StringComparison.OrdinalIgnoreCase) || name.Equals("ul", StringComparison.OrdinalIgnoreCase)
            || name.Equals("ol", StringComparison.OrdinalIgnoreCase) || name.Equals("table", StringComparison.OrdinalIgnoreCase)
            || (name.Length == 2 && (name[0] is 'h' or 'H') && char.IsAsciiDigit(name[1])))
            replacement = '\n';
        else if (name.Equals("sup", StringComparison.OrdinalIgnoreCase) || name.Equals("sub", StringComparison.OrdinalIgnoreCase))
            replacement = ' ';
        return true;
    }

    private static bool TryEntity(string s, int i, out int end, out char decoded)
    {
        end = i;
        decoded = '\0';
        var limit = Math.Min(s.Length, i + MaxEntityLength);
        for (var j = i + 1; j < limit; j++)
        {
            var c = s[j];
            if (c == ';')
            {
                if (j == i + 1) return false;
                var text = WebUtility.HtmlDecode(s.Substring(i, j - i + 1));
                if (text.Length != 1) return false;
                decoded = text[0] == '\u00A0' ? ' ' : text[0];
                end = j + 1;
                return true;
            }
            if (!char.IsAsciiLetterOrDigit(c) && c != '#') return false;
        }
        return false;
    }

    private static string FoldSameLength(string text)
    {
        return string.Create(text.Length, text, static (span, t) =>
        {
            for (var k = 0; k < t.Length; k++)
            {
                var c = t[k];
                span[k] = c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);
            }
        });
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            var folded = char.ToLowerInvariant(ch);
            if (c >= 0xC0)
            {
                var d = Internal.Text.CanDecompose ? ch.ToString().Normalize(NormalizationForm.FormD) : Internal.Text.BaseLetter(ch).ToString();
                if (d.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(d[0]) != UnicodeCategory.NonSpacingMark)
                    folded = char.ToLowerInvariant(d[0]);
                if (ch is 'œ' or 'Œ') folded = 'o';
                if (ch is 'æ' or 'Æ') folded = 'a';
            }
            table[c] = folded;
        }
        return table;
    }
}
