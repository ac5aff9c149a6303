using System.Globalization;
using Matching.Extraction;
using Matching.Model;
using Matching.Serialization;

namespace Matching.Cli;

/// <summary>
/// <c>matching parse FILE [--json]</c>: the postings a text holds, as the extraction JSON or as a readable summary
/// (title, organisation, places, one requirement a line, the parser's remarks). Exit 2 when the text holds no posting,
/// 1 when a posting sets no requirement.
/// </summary>
internal static class ParseCommand
{
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new Arguments(args, "--json");
        a.CheckKnown("--json", "--lang");
        if (a.Positional.Count != 1) throw new UsageException("parse demande un FICHIER.", "parse needs one FILE.");
        var lang = RankCommand.Language(a);
        var path = a.Positional[0];
        var result = PostingParser.Parse(Inputs.ReadText(path, lang, stderr));
        var json = a.Has("--json");
        if (json) Inputs.WriteDiagnostics(result.Diagnostics, path, lang, stderr);
        var postings = result.Postings.Select(p => p.Posting).ToList();
        if (postings.Count == 0)
        {
            if (!json) Inputs.WriteDiagnostics(result.Diagnostics, path, lang, stderr);
            throw new InputException($"{path}: aucune offre trouvée dans le texte.", $"{path}: no posting found in the text.");
        }
        if (json) stdout.WriteLine(MatchingJson.WritePostings(postings));
        else Summary(result, lang, stdout);
        var empty = postings.Where(Inputs.HasNoRequirement).ToList();
        foreach (var p in empty) stderr.WriteLine($"matching: {Inputs.NoRequirement(path, p, lang)}");
        return empty.Count > 0 ? 1 : 0;
    }

    /// <summary>The readable summary: one block per posting, then the parser's remarks.</summary>
    public static void Summary(ParseResult result, Lang lang, TextWriter w)
    {
        var culture = lang.Culture;
        var sep = Sep(lang);
        foreach (var p in result.Postings.Select(x => x.Posting))
        {
            var head = string.Join(" — ", new[] { p.Title, p.Organization }.Where(s => !string.IsNullOrWhiteSpace(s)));
            w.WriteLine($"== {(head.Length > 0 ? head : lang.T("(sans titre)", "(no title)"))} ==");
            if (p.Locations.Count > 0) w.WriteLine($"{lang.T("Lieux", "Places")}{sep}{string.Join(", ", p.Locations)}");
            var facts = new List<string>();
            if (p.Positions is { } n) facts.Add($"{lang.T("Postes", "Posts")}{sep}{n}");
            if (p.ContractType is { } ct)
                facts.Add($"{lang.T("Contrat", "Contract")}{sep}{Contract(ct)}{(p.DurationMonths is { } dm ? $", {dm.ToString("0.#", culture)} {lang.T("mois", "months")}" : "")}");
            else if (p.DurationMonths is { } dm2) facts.Add($"{lang.T("Durée", "Length")}{sep}{dm2.ToString("0.#", culture)} {lang.T("mois", "months")}");
            if (p.Start is { } s) facts.Add($"{lang.T("Début", "Start")}{sep}{(s.Date is { } sd ? Date(sd, culture, lang) : lang.T("immédiat", "immediate"))}");
            if (p.Deadline is { } d) facts.Add($"{lang.T("Date limite", "Deadline")}{sep}{Date(d, culture, lang)}");
            if (facts.Count > 0) w.WriteLine(string.Join(" | ", facts));
            if (p.WomenEncouraged) w.WriteLine(lang.T("Candidatures féminines encouragées", "Women are encouraged to apply"));
            var lines = Requirements(p, lang, culture).ToList();
            w.WriteLine(lines.Count == 0 ? lang.T("Exigences : aucune trouvée", "Requirements: none found") : lang.T("Exigences :", "Requirements:"));
            foreach (var line in lines) w.WriteLine($"  {line}");
            w.WriteLine();
        }
        if (result.Diagnostics.Count > 0)
        {
            w.WriteLine(lang.T("Remarques :", "Remarks:"));
            foreach (var d in result.Diagnostics) w.WriteLine($"  {Inputs.Diagnostic(d, lang)}");
        }
    }

    private static IEnumerable<string> Requirements(Posting p, Lang lang, CultureInfo culture)
    {
        var sep = Sep(lang);
        string Need(Necessity n) => n == Necessity.Required ? lang.T("requis", "required") : lang.T("souhaité", "preferred");
        string Name(Scoring.CriterionKind k) => Table.Name(k, lang.En);
        if (p.ReservedTo is { } sex)
            yield return $"{Name(Scoring.CriterionKind.Gender)}{sep}{(sex == Sex.Female ? lang.T("poste réservé aux femmes", "post reserved to women") : lang.T("poste réservé aux hommes", "post reserved to men"))}";
        if (!string.IsNullOrWhiteSpace(p.Nationality)) yield return $"{Name(Scoring.CriterionKind.Nationality)}{sep}{p.Nationality}";
        if (p.Education is { } e)
        {
            var level = e.MinLevel is { } l ? l.ToKey() : lang.T("diplôme (niveau non précisé)", "diploma (level not stated)");
            var fields = e.Fields.Count > 0 ? $" {lang.T("en", "in")} {string.Join(lang.T(" ou ", " or "), e.Fields)}" : "";
            yield return $"{Name(Scoring.CriterionKind.Education)} ({Need(e.Necessity)}){sep}{level}{fields}";
        }
        if (p.Experience is { } x)
        {
            var years = x.MinYears.ToString("0.#", culture);
            var text = lang.T($"{years} an{(x.MinYears >= 2 ? "s" : "")}", $"{years} year{(x.MinYears == 1 ? "" : "s")}");
            if (x.RelevantOnly) text += lang.T(" d'expérience pertinente", " of relevant experience");
            if (!string.IsNullOrWhiteSpace(x.Domain)) text += lang.T($" ({x.Domain})", $" ({x.Domain})");
            foreach (var sc in x.Scoped)
                text += lang.T($", dont {sc.MinYears.ToString("0.#", culture)} {sc.Description}", $", of which {sc.MinYears.ToString("0.#", culture)} {sc.Description}");
            yield return $"{Name(Scoring.CriterionKind.Experience)} ({Need(x.Necessity)}){sep}{text}";
        }
        foreach (var g in p.Languages)
        {
            var names = string.Join(lang.T(" ou ", " or "), g.AnyOf.Select(k => lang.En ? k.EnglishName : k.FrenchName));
            var level = g.MinLevel is { } ml ? $", {lang.T("niveau", "level")} {Level(ml, lang)}" : "";
            var modes = g.Modes == LanguageModes.None ? "" : $" ({string.Join(", ", Enum.GetValues<LanguageModes>().Where(m => m != LanguageModes.None && g.Modes.HasFlag(m)).Select(m => Mode(m, lang)))})";
            yield return $"{Name(Scoring.CriterionKind.Languages)} ({Need(g.Necessity)}){sep}{names}{level}{modes}";
        }
        foreach (var l in p.Licences) yield return $"{Name(Scoring.CriterionKind.Licences)} ({Need(l.Necessity)}){sep}{l.Category}";
        if (p.AreasToKnow is { } a) yield return $"{Name(Scoring.CriterionKind.Areas)} ({Need(a.Necessity)}){sep}{string.Join(", ", a.Areas)}";
        if (p.Skills.Count > 0) yield return $"{Name(Scoring.CriterionKind.Skills)}{sep}{string.Join(", ", p.Skills)}";
    }

    /// <summary>": " in English, " : " in French.</summary>
    private static string Sep(Lang lang) => lang.T(" : ", ": ");

    private static string Level(LanguageLevel l, Lang lang) => l switch
    {
        LanguageLevel.Basic => lang.T("notions", "basic"),
        LanguageLevel.Good => lang.T("bon", "good"),
        LanguageLevel.Fluent => lang.T("courant", "fluent"),
        _ => lang.T("langue maternelle", "native"),
    };

    private static string Mode(LanguageModes m, Lang lang) => m switch
    {
        LanguageModes.Read => lang.T("lu", "read"),
        LanguageModes.Spoken => lang.T("parlé", "spoken"),
        _ => lang.T("écrit", "written"),
    };

    private static string Contract(ContractType t) => t switch
    {
        ContractType.Cdd => "CDD",
        ContractType.Cdi => "CDI",
        ContractType.Stage => "stage",
        ContractType.Consultance => "consultance",
        _ => "volontariat",
    };

    private static string Date(DateOnly d, CultureInfo culture, Lang lang)
        => lang.En ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("d MMMM yyyy", culture);
}
