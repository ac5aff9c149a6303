using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Matching.Tests.Extraction;

/// <summary>
/// The rules of SCHEMA.md "How the score is counted", ported from the project's score-extraction
/// script: folded strings, title by Jaccard ≥ 0.6, sets by F1, objects field by field, oneOf alternatives.
/// </summary>
internal static partial class ExtractionScorer
{
    public static readonly string[] Fields = ["title", "organization", "positions", "locations", "contractType", "durationMonths",
        "startDate", "deadline", "gender", "womenEncouraged", "education", "experience", "languages", "licences", "skills"];

    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["title"] = "title", ["locations"] = "set", ["skills"] = "set", ["languages"] = "languages",
        ["licences"] = "licences", ["education"] = "education", ["experience"] = "experience",
    };

    /// <summary>Each field's score (0..1) for one posting against its gold.</summary>
    public static Dictionary<string, double> Score(JsonElement gold, JsonElement output)
    {
        var scores = new Dictionary<string, double>();
        foreach (var f in Fields)
        {
            scores[f] = Best(Get(gold, f), Get(output, f), Kinds.GetValueOrDefault(f, "scalar"));
        }
        return scores;
    }

    private static JsonElement? Get(JsonElement e, string name)
        => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    [GeneratedRegex("[^a-z0-9+]+")]
    private static partial Regex NonWord();

    public static string Fold(string s)
    {
        var d = s.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder();
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c);
        }
        var lower = sb.ToString().ToLowerInvariant();
        return string.Join(' ', NonWord().Replace(lower, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        _ => e.GetRawText(),
    };

    private static double F1<T>(HashSet<T> gold, HashSet<T> got)
    {
        if (gold.Count == 0 && got.Count == 0) return 1;
        if (gold.Count == 0 || got.Count == 0) return 0;
        var tp = gold.Count(got.Contains);
        return tp == 0 ? 0 : 2.0 * tp / (gold.Count + got.Count);
    }

    private static IEnumerable<JsonElement?> Alternatives(JsonElement? g)
    {
        if (g is { ValueKind: JsonValueKind.Object } o && o.EnumerateObject().Count() == 1 && o.TryGetProperty("oneOf", out var alts))
            return alts.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Null ? (JsonElement?)null : a);
        return [g];
    }

    private static double Best(JsonElement? g, JsonElement? o, string kind) => Alternatives(g).Max(a => ScoreKind(a, o, kind));

    private static bool IsBool(JsonElement? e) => e is { ValueKind: JsonValueKind.True or JsonValueKind.False };

    private static bool IsNumber(JsonElement? e) => e is { ValueKind: JsonValueKind.Number };

    private static double ScoreScalar(JsonElement? g, JsonElement? o)
    {
        if (IsBool(g) || IsBool(o)) return IsBool(g) && IsBool(o) && g!.Value.ValueKind == o!.Value.ValueKind ? 1 : 0;
        if (IsNumber(g) || IsNumber(o))
        {
            if (g is null || o is null) return g is null && o is null ? 1 : 0;
            if (!IsNumber(g) || !IsNumber(o)) return 0;
            return Math.Abs(g.Value.GetDouble() - o.Value.GetDouble()) < 1e-9 ? 1 : 0;
        }
        if (g is null || o is null) return g is null && o is null ? 1 : 0;
        return Fold(Text(g.Value)) == Fold(Text(o.Value)) ? 1 : 0;
    }

    private static double ScoreTitle(JsonElement? g, JsonElement? o)
    {
        if (g is null || o is null) return g is null && o is null ? 1 : 0;
        var a = Fold(Text(g.Value)).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var b = Fold(Text(o.Value)).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (a.Count == 0 && b.Count == 0) return 1;
        var inter = a.Intersect(b).Count();
        var union = a.Union(b).Count();
        return (double)inter / Math.Max(1, union) >= 0.6 ? 1 : 0;
    }

    private static HashSet<string> StringSet(JsonElement? e)
        => e is { ValueKind: JsonValueKind.Array } arr
            ? arr.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => Fold(x.GetString()!)).ToHashSet()
            : new HashSet<string>();

    private static double ScoreObject(JsonElement? g, JsonElement? o, (string Key, string Kind)[] inner)
    {
        if (g is null || o is null) return g is null && o is null ? 1 : 0;
        if (o.Value.ValueKind != JsonValueKind.Object) return 0;
        return inner.Sum(x => Best(Get(g.Value, x.Key), Get(o.Value, x.Key), x.Kind)) / inner.Length;
    }

    private static HashSet<string> LanguageGroups(JsonElement? e)
    {
        var set = new HashSet<string>();
        if (e is not { ValueKind: JsonValueKind.Array } arr) return set;
        foreach (var grp in arr.EnumerateArray())
        {
            if (grp.ValueKind != JsonValueKind.Object) continue;
            var keys = grp.TryGetProperty("anyOf", out var any) && any.ValueKind == JsonValueKind.Array
                ? any.EnumerateArray().Where(k => k.ValueKind == JsonValueKind.String).Select(k => Fold(k.GetString()!)).Distinct().Order(StringComparer.Ordinal).ToArray()
                : Array.Empty<string>();
            var required = grp.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            set.Add(string.Join('|', keys) + "#" + required);
        }
        return set;
    }

    private static HashSet<string> Licences(JsonElement? e)
    {
        var set = new HashSet<string>();
        if (e is not { ValueKind: JsonValueKind.Array } arr) return set;
        foreach (var lic in arr.EnumerateArray())
        {
            if (lic.ValueKind != JsonValueKind.Object) continue;
            var cat = lic.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String ? Fold(c.GetString()!) : "";
            var required = lic.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
            set.Add(cat + "#" + required);
        }
        return set;
    }

    private static double ScoreKind(JsonElement? g, JsonElement? o, string kind) => kind switch
    {
        "title" => ScoreTitle(g, o),
        "set" => F1(StringSet(g), StringSet(o)),
        "languages" => F1(LanguageGroups(g), LanguageGroups(o)),
        "licences" => F1(Licences(g), Licences(o)),
        "education" => ScoreObject(g, o, [("minLevel", "scalar"), ("fields", "set"), ("required", "scalar")]),
        "experience" => ScoreObject(g, o, [("minYears", "scalar"), ("required", "scalar")]),
        _ => ScoreScalar(g, o),
    };
}
