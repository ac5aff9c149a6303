using System.Globalization;
using Humanizer;
using Matching.Internal;
using Matching.Model;

namespace Matching.Explanations;

/// <summary>
/// Renders recruiter sentences in French (default) or English from the phrase table
/// (Resources/phrases.tsv), with Humanizer for durations and lists.
/// </summary>
internal sealed class Phrases
{
    private static readonly Dictionary<string, (string Fr, string En)> Table = Load();
    private static readonly CultureInfo FrenchCulture = Cultures.French;
    private static readonly CultureInfo EnglishCulture = Cultures.English;

    public static readonly Phrases French = new(false);
    public static readonly Phrases English = new(true);

    private readonly bool _english;

    private Phrases(bool english) => _english = english;

    public CultureInfo Culture => _english ? EnglishCulture : FrenchCulture;

    public static Phrases For(CultureInfo? culture)
        => culture is not null && culture.TwoLetterISOLanguageName == "en" ? English : French;

    public string this[string key]
        => Table.TryGetValue(key, out var t) ? (_english ? t.En : t.Fr) : throw new KeyNotFoundException($"Phrase '{key}' is missing from phrases.tsv.");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>"3 ans", "2 ans et 6 mois", "6 mois"; "aucune" for zero.</summary>
    public string Years(double years)
    {
        var months = (int)Math.Round(years * 12, MidpointRounding.AwayFromZero);
        if (months <= 0) return this["duration.none"];
        // The text depends only on the whole months: each is humanized once.
        if (months < _years.Length && Volatile.Read(ref _years[months]) is { } known) return known;
        var span = TimeSpan.FromDays(months * 30.436875 + 1);
        var text = span.Humanize(precision: 2, culture: Culture, maxUnit: Humanizer.TimeUnit.Year, minUnit: Humanizer.TimeUnit.Month, collectionSeparator: _english ? null : " et ");
        if (months < _years.Length) Volatile.Write(ref _years[months], text);
        return text;
    }

    // Durations already written, by whole months (up to 60 years).
    private readonly string?[] _years = new string?[721];

    /// <summary>"Bambara, Dogon et Peul" (and) or "Bambara, Dogon ou Peul" (or).</summary>
    public string List(IEnumerable<string> items, bool or = false)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => list.Humanize(this[or ? "list.or" : "list.and"]),
        };
    }

    public string Level(DiplomaLevel level) => level.ToKey();

    public string Language(LanguageKey key)
        => key == LanguageKey.Local ? this["language.local"] : _english ? key.EnglishName : Capitalise(key.FrenchName);

    public string LanguageLevelName(LanguageLevel level) => this["langlevel." + level.ToKey()];

    public string Km(double km) => Math.Round(km).ToString("0", Culture);

    public string Score(double value) => value.ToString("0.00", Culture);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];

    private static Dictionary<string, (string, string)> Load()
    {
        var d = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadTsv("phrases.tsv"))
        {
            if (row.Length >= 3) d[row[0]] = (row[1], row[2]);
        }
        return d;
    }
}
