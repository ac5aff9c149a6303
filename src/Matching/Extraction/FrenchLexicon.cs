using System.Globalization;
using F23.StringSimilarity;
using Humanizer;
using Matching.Internal;
using Matching.Model;

namespace Matching.Extraction;

/// <summary>The French vocabulary the extractor reads, loaded once from <c>Resources/fr/*.tsv</c>.</summary>
internal static class FrenchLexicon
{
    public static readonly CultureInfo French = Cultures.FrenchNeutral;

    private static readonly JaroWinkler Similarity = new();

    /// <summary>Near misses count only at or above this Jaro-Winkler similarity, and only for words of 5 letters or more.</summary>
    public const double NearMissThreshold = 0.93;

    public static readonly IReadOnlyList<(string Pattern, DiplomaLevel Level)> Diplomas = Load("fr/diplomas.tsv", r =>
        DiplomaLevelExtensions.TryParseKey(r[1], out var l) ? (r[0], l) : ((string, DiplomaLevel)?)null);

    public static readonly IReadOnlyDictionary<string, string> Headings = LoadMap("fr/headings.tsv");

    /// <summary>The headings of 7 characters or more by first letter, the candidates of a near-miss heading.</summary>
    private static readonly Dictionary<char, (string Heading, string Section)[]> LongHeadingsByFirst = Headings
        .Where(h => h.Key.Length >= 7)
        .GroupBy(h => h.Key[0])
        .ToDictionary(g => g.Key, g => g.Select(h => (h.Key, h.Value)).ToArray());

    public static readonly IReadOnlyDictionary<string, string> Labels = LoadMap("fr/labels.tsv");

    public static readonly IReadOnlyList<(string Marker, Necessity Necessity)> NecessityMarkers = Load("fr/necessity.tsv", r =>
        ((string, Necessity)?)(r[0], r[1] == "preferred" ? Necessity.Preferred : Necessity.Required))
        .OrderByDescending(x => x.Item1.Length).ToArray();

    public static readonly IReadOnlyDictionary<string, int> Months = Load("fr/months.tsv", r =>
        int.TryParse(r[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? (r[0], m) : ((string, int)?)null)
        .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

    public static readonly IReadOnlyList<(string Pattern, string Skill, bool NeedsContext)> Skills = Load("fr/skills.tsv", r =>
        ((string, string, bool)?)(r[0], r[1], r.Length > 2 && r[2] == "1")).OrderByDescending(x => x.Item1.Length).ToArray();

    public static readonly IReadOnlyList<(string Pattern, string Name)> Organizations = Load("fr/organizations.tsv", r =>
        ((string, string)?)(r[0], r[1])).OrderByDescending(x => x.Item1.Length).ToArray();

    public static readonly IReadOnlyList<(string Phrase, bool Drop)> FieldStops = Load("fr/fields-stop.tsv", r =>
        ((string, bool)?)(r[0], r[1] == "drop")).OrderByDescending(x => x.Item1.Length).ToArray();

    /// <summary>French number words 0..100 (folded) and their value, read back from Humanizer's French writer.</summary>
    public static readonly IReadOnlyDictionary<string, int> NumberWords = BuildNumberWords();

    /// <summary>Folded language spellings (one or two words) and their key.</summary>
    public static readonly IReadOnlyDictionary<string, string> LanguageSpellings =
        LanguageCatalog.Spellings.Where(kv => kv.Value != "local").ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>Any language name, or the word "langue": sentences without one hold no language requirement.</summary>
    public static readonly PhraseMatcher<bool> LanguageWords = new(LanguageSpellings.Keys.Concat(["langue", "langues", "language", "languages"]).Select(k => (k, true)));

    /// <summary>Any skill.</summary>
    public static readonly PhraseMatcher<bool> SkillWords = new(Skills.Select(x => (x.Pattern, true)));

    /// <summary>Words of a diploma sentence.</summary>
    public static readonly PhraseMatcher<bool> DiplomaWords = new(Diplomas.Select(d => (d.Pattern, true)).Concat(
        new[] { "diplome", "diplomes", "titulaire", "niveau", "formation", "etudes", "qualification", "qualifications", "cursus", "degree" }.Select(w => (w, true))));

    public static bool TryNumber(string folded, out int value)
    {
        value = 0;
        if (folded.Length == 0) return false;
        if (folded.Length <= 3 && int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out value)) return true;
        return NumberWords.TryGetValue(folded.Replace('-', ' '), out value);
    }

    /// <summary>A month by its folded name, or by a near miss of it ("fevier").</summary>
    public static bool TryMonth(string folded, out int month, out bool nearMiss)
    {
        nearMiss = false;
        var w = folded.TrimEnd('.');
        if (Months.TryGetValue(w, out month)) return true;
        if (w.Length < 5) return false;
        foreach (var (name, m) in Months)
        {
            if (name.Length >= 5 && Similarity.Similarity(w, name) >= NearMissThreshold)
            {
                month = m;
                nearMiss = true;
                return true;
            }
        }
        return false;
    }

    /// <summary>A language by its folded name, or by a near miss of a spelling ("Bambra").</summary>
    public static bool TryLanguage(string folded, bool allowNearMiss, out string key, out bool nearMiss)
    {
        nearMiss = false;
        if (LanguageSpellings.TryGetValue(folded, out key!)) return true;
        if (!allowNearMiss || folded.Length < 5) return false;
        foreach (var (spelling, k) in LanguageSpellings)
        {
            if (spelling.Length >= 5 && Similarity.Similarity(folded, spelling) >= NearMissThreshold)
            {
                key = k;
                nearMiss = true;
                return true;
            }
        }
        return false;
    }

    /// <summary>The section a folded line opens, if it is a heading (exact, or a near miss for long words).</summary>
    public static string? HeadingSection(string folded)
    {
        if (folded.Length is 0 or > 60) return null;
        if (Headings.TryGetValue(folded, out var section)) return section;
        if (folded.Length < 7) return null;
        if (!LongHeadingsByFirst.TryGetValue(folded[0], out var candidates)) return null;
        foreach (var (heading, s) in candidates)
        {
            if (Math.Abs(heading.Length - folded.Length) <= 2 && Similarity.Similarity(folded, heading) >= 0.95) return s;
        }
        return null;
    }

    public static readonly PhraseMatcher<Necessity> NecessityMatcher = new(NecessityMarkers);

    public static readonly PhraseMatcher<string> SkillMatcher = new(Skills.Select(x => (x.Pattern, x.Skill + (x.NeedsContext ? "?" : ""))));

    public static readonly PhraseMatcher<string> OrganizationMatcher = new(Organizations);

    public static readonly PhraseMatcher<DiplomaLevel> DiplomaMatcher = new(Diplomas);

    public static Necessity? NecessityIn(string foldedSentence)
    {
        Necessity? found = null;
        foreach (var hit in NecessityMatcher.FindAll(foldedSentence))
        {
            // a preference anywhere in the sentence wins over a requirement word ("exigé, souhaité en X")
            if (hit.Value == Necessity.Preferred) return Necessity.Preferred;
            found ??= hit.Value;
        }
        return found;
    }

    /// <summary>Words of a same-length folded text: runs of anything but letters, digits and '+' become one space.</summary>
    public static string Words(string folded)
    {
        var buffer = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        var space = true;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || c == '+') { buffer[length++] = c; space = false; }
            else if (!space) { buffer[length++] = ' '; space = true; }
        }
        if (length > 0 && buffer[length - 1] == ' ') length--;
        return buffer[..length].SequenceEqual(folded) ? folded : new string(buffer[..length]);
    }

    /// <summary>The index of a whole word or phrase in a folded text, or -1.</summary>
    public static int IndexOfWord(string folded, string word, int from = 0)
    {
        var at = from;
        while (at <= folded.Length - word.Length)
        {
            var i = folded.IndexOf(word, at, StringComparison.Ordinal);
            if (i < 0) return -1;
            var before = i == 0 || !char.IsLetterOrDigit(folded[i - 1]);
            var afterIndex = i + word.Length;
            var after = afterIndex >= folded.Length || !char.IsLetterOrDigit(folded[afterIndex]);
            if (before && after) return i;
            at = i + 1;
        }
        return -1;
    }

    private static Dictionary<string, int> BuildNumberWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string w, int n)
        {
            var f = Text.Fold(w);
            if (f.Length > 0) words.TryAdd(f, n);
            words.TryAdd(f.Replace(" et ", " ", StringComparison.Ordinal), n);
        }
        for (var n = 0; n <= 100; n++)
        {
            Add(n.ToWords(French), n);
            Add(n.ToWords(GrammaticalGender.Feminine, French), n);
        }
        string[] tens = ["septante", "huitante", "nonante"];
        for (var t = 0; t < tens.Length; t++)
        {
            var baseValue = 70 + t * 10;
            Add(tens[t], baseValue);
            for (var u = 1; u <= 9; u++)
            {
                var unit = u.ToWords(French);
                Add(tens[t] + (u == 1 ? " et un" : " " + unit), baseValue + u);
            }
        }
        words.TryAdd("une", 1);
        words.TryAdd("un", 1);
        words.TryAdd("octante", 80);
        return words;
    }

    private static Dictionary<string, string> LoadMap(string file)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadTsv(file))
        {
            if (row.Length >= 2) map.TryAdd(row[0].Trim(), row[1].Trim());
        }
        return map;
    }

    private static T[] Load<T>(string file, Func<string[], T?> read) where T : struct
    {
        var list = new List<T>();
        foreach (var row in ResourceFiles.ReadTsv(file))
        {
            if (row.Length < 2) continue;
            if (read(row.Select(x => x.Trim()).ToArray()) is { } v) list.Add(v);
        }
        return list.ToArray();
    }
}
