using System.Globalization;

namespace Matching.Extraction;

/// <summary>Reads quantities of time ("trois (03) ans", "02 ans", "six mois", "un (01) an") and dates.</summary>
internal static class Quantities
{
    /// <summary>A length of time found in a folded sentence.</summary>
    public readonly record struct Amount(double Years, int Start, int End, bool Scoped, bool Decoy);

    /// <summary>Every length of time in a folded piece of text; a unit with no readable number is reported as missing.</summary>
    public static List<Amount> Find(string folded, out int missingNumberAt)
    {
        missingNumberAt = -1;
        var found = new List<Amount>();
        foreach (System.Text.RegularExpressions.Match m in Patterns.TimeUnit().Matches(folded))
        {
            var unit = m.Groups[1].Value;
            var months = unit is "mois" or "months";
            var p = m.Index;
            // optional "(03)" just before the unit
            var q = SkipSpaces(folded, p);
            int? bracket = null;
            if (q > 0 && folded[q - 1] == ')')
            {
                var open = folded.LastIndexOf('(', q - 1, Math.Min(q, 8));
                if (open >= 0 && int.TryParse(folded.AsSpan(open + 1, q - open - 2).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var b))
                {
                    bracket = b;
                    q = SkipSpaces(folded, open);
                }
            }
            var start = q;
            double? value = bracket;
            if (value is null)
            {
                // up to three words before: "vingt et un", "deux", "02", "1,5"
                var wordStarts = new List<int>();
                var k = q;
                for (var w = 0; w < 3 && k > 0; w++)
                {
                    var e = k;
                    var b = e;
                    while (b > 0 && (char.IsLetterOrDigit(folded[b - 1]) || folded[b - 1] is ',' or '.' or '-')) b--;
                    if (b == e) break;
                    wordStarts.Add(b);
                    k = SkipSpaces(folded, b);
                }
                for (var w = wordStarts.Count - 1; w >= 0 && value is null; w--)
                {
                    var phrase = folded[wordStarts[w]..q].Trim().TrimEnd(',', '.');
                    if (TryReadNumber(phrase, out var v)) { value = v; start = wordStarts[w]; }
                }
            }
            else
            {
                // "trois (03)": include the word before the bracket in the span
                var b = start;
                while (b > 0 && (char.IsLetter(folded[b - 1]) || folded[b - 1] == '-' && b - 1 > 0 && char.IsLetter(folded[b - 2]))) b--;
                if (b < start && FrenchLexicon.TryNumber(folded[b..start].Trim(), out _)) start = b;
            }
            if (value is null)
            {
                var before = folded[Math.Max(0, q - 25)..q];
                if ((before.Contains("moins", StringComparison.Ordinal) || before.Contains("minimum", StringComparison.Ordinal) || before.Contains("plusieurs", StringComparison.Ordinal) || before.Contains("quelques", StringComparison.Ordinal))
                    && missingNumberAt < 0) missingNumberAt = m.Index;
                continue;
            }
            var context = folded[Math.Max(0, start - 30)..start];
            var range = Patterns.RangeStart().Match(context);
            var lowText = range.Groups[1].Success ? range.Groups[1].Value : range.Groups[2].Value;
            if (range.Success && Quantities.TryReadNumber(lowText, out var low) && low < value.Value)
            {
                // "de 2 à 3 ans": the floor is the lower bound
                value = low;
                start -= context.Length - (range.Groups[1].Success ? range.Groups[1].Index : range.Groups[2].Index);
                context = folded[Math.Max(0, start - 30)..start];
            }
            var years = months ? value.Value / 12.0 : value.Value;
            var scoped = EndsWithWord(context, "dont") || context.EndsWith("dont au moins ", StringComparison.Ordinal) || context.EndsWith("dont minimum ", StringComparison.Ordinal);
            var after = folded[(m.Index + m.Length)..Math.Min(folded.Length, m.Index + m.Length + 12)];
            var decoy = context.Contains("depuis", StringComparison.Ordinal) || context.Contains("projet de", StringComparison.Ordinal)
                || FrenchLexicon.IndexOfWord(context, "age") >= 0 || FrenchLexicon.IndexOfWord(context, "agee") >= 0 || FrenchLexicon.IndexOfWord(context, "ages") >= 0 || context.Contains("enfants", StringComparison.Ordinal)
                || context.Contains("contrat", StringComparison.Ordinal) || context.Contains("duree", StringComparison.Ordinal)
                || after.StartsWith(" et plus", StringComparison.Ordinal) && context.Contains("enfant", StringComparison.Ordinal)
                || after.TrimStart().StartsWith("d'existence", StringComparison.Ordinal) || after.TrimStart().StartsWith("renouvel", StringComparison.Ordinal);
            found.Add(new Amount(years, start, m.Index + m.Length, scoped, decoy));
        }
        return found;
    }

    /// <summary>Reads "02", "3", "1,5", "trois", "vingt et un".</summary>
    public static bool TryReadNumber(string phrase, out double value)
    {
        value = 0;
        if (phrase.Length == 0 || phrase.Length > 30) return false;
        if (char.IsDigit(phrase[0]))
        {
            var p = phrase.Replace(',', '.');
            if (p.Length <= 5 && double.TryParse(p, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return true;
            return false;
        }
        if (FrenchLexicon.TryNumber(phrase, out var n)) { value = n; return true; }
        return false;
    }

    /// <summary>Every date in a folded piece of text, with invalid ones reported.</summary>
    public static List<(DateOnly? Date, int Start, int End, bool NearMiss)> Dates(string folded)
    {
        var list = new List<(DateOnly?, int, int, bool)>();
        foreach (System.Text.RegularExpressions.Match m in Patterns.DateWords().Matches(folded))
        {
            if (!FrenchLexicon.TryMonth(m.Groups[2].Value, out var month, out var near)) continue;
            list.Add((Make(m.Groups[3].Value, month, m.Groups[1].Value), m.Index, m.Index + m.Length, near));
        }
        foreach (System.Text.RegularExpressions.Match m in Patterns.DateNumeric().Matches(folded))
        {
            if (!int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var month)) continue;
            list.Add((Make(m.Groups[3].Value, month, m.Groups[1].Value), m.Index, m.Index + m.Length, false));
        }
        foreach (System.Text.RegularExpressions.Match m in Patterns.DateIso().Matches(folded))
        {
            if (!int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var month)) continue;
            list.Add((Make(m.Groups[1].Value, month, m.Groups[3].Value), m.Index, m.Index + m.Length, false));
        }
        list.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return list;
    }

    /// <summary>
    /// Dates written as a day and a month word without a year ("15 mars", "1er avril à 17h"), in
    /// text order; a date whose year follows is not one (see <see cref="Dates"/>).
    /// </summary>
    public static List<(int Day, int Month, int Start, int End)> DatesWithoutYear(string folded)
    {
        var list = new List<(int, int, int, int)>();
        foreach (System.Text.RegularExpressions.Match m in Patterns.DateWithoutYear().Matches(folded))
        {
            if (!FrenchLexicon.TryMonth(m.Groups[2].Value, out var month, out var near) || near) continue;
            if (!int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31) continue;
            // a number after the month is its year, unless it is a time ("15 mars, 17h00")
            var after = folded.AsSpan(m.Index + m.Length).TrimStart(" ,.-/");
            var digits = 0;
            while (digits < after.Length && char.IsAsciiDigit(after[digits])) digits++;
            if (digits > 0 && !(digits <= 2 && digits < after.Length && after[digits] is 'h' or ':')) continue;
            list.Add((day, month, m.Index, m.Index + m.Length));
        }
        return list;
    }

    private static DateOnly? Make(string year, int month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        if (year.Length == 2) y += 2000;
        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)) return null;
        if (y is < 1900 or > 2200 || month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month)) return null;
        return new DateOnly(y, month, d);
    }

    private static int SkipSpaces(string s, int end)
    {
        while (end > 0 && s[end - 1] == ' ') end--;
        return end;
    }

    private static bool EndsWithWord(string context, string word)
    {
        var t = context.TrimEnd();
        return t.EndsWith(word, StringComparison.Ordinal) && (t.Length == word.Length || !char.IsLetter(t[t.Length - word.Length - 1]));
    }
}
