using System.Globalization;
using Matching.Model;
using Matching.Scoring;

namespace Matching.Cli;

/// <summary>The readable table: one block per posting, one line per candidate, one line per criterion.</summary>
internal static class Table
{
    public static void Write(IReadOnlyList<Ranking> rankings, CultureInfo culture, TextWriter w)
    {
        var en = culture.TwoLetterISOLanguageName == "en";
        foreach (var r in rankings)
        {
            var p = r.Posting;
            var head = string.Join(" — ", new[] { p.Title, p.Organization, string.Join(", ", p.Locations) }.Where(s => !string.IsNullOrWhiteSpace(s)));
            w.WriteLine($"== {head} ==");
            var status = r.IsOpen switch
            {
                false => en ? $"Posting closed (deadline {p.Deadline:yyyy-MM-dd})" : $"Offre close (date limite : {p.Deadline?.ToString("d MMMM yyyy", culture)})",
                true => en ? "Posting open" : "Offre ouverte",
                _ => null,
            };
            // French puts 0 and 1 in the singular, English only 1
            var counts = en
                ? $"{r.CandidateCount} candidate{(r.CandidateCount == 1 ? "" : "s")}, {r.EligibleCount} eligible"
                : $"{r.CandidateCount} candidat{(r.CandidateCount > 1 ? "s" : "")}, {r.EligibleCount} éligible{(r.EligibleCount > 1 ? "s" : "")}";
            w.WriteLine(status is null ? counts : $"{status} | {counts}");
            var width = IdWidth(r.Results);
            w.WriteLine($"{(en ? "Rank" : "Rang")}  {"Id".PadRight(width)}  Score  {(en ? "Eligible" : "Éligible")}");
            foreach (var c in r.Results)
            {
                var eligible = c.Eligible ? (en ? "yes" : "oui") : c.NearMiss ? (en ? "narrowly no" : "non, de peu") : (en ? "no" : "non");
                w.WriteLine($"{c.Rank,4}  {Cut(c.Id, width).PadRight(width)}  {c.Score.ToString("0.00", culture),5}  {eligible,-11}  {c.Summary}");
                foreach (var k in c.Criteria)
                {
                    var need = k.Necessity == Necessity.Required ? (en ? "required" : "requis") : (en ? "preferred" : "souhaité");
                    w.WriteLine($"        {Mark(k.Outcome)} {Name(k.Kind, en)} ({need}){(en ? ":" : " :")} {k.Sentence}");
                }
            }
            w.WriteLine();
        }
    }

    public static string Mark(Outcome o) => o switch { Outcome.Met => "✓", Outcome.Partial => "~", Outcome.NotMet => "✗", _ => "?" };

    public static string Name(CriterionKind k, bool en) => k switch
    {
        CriterionKind.Education => en ? "Education" : "Diplôme",
        CriterionKind.Experience => en ? "Experience" : "Expérience",
        CriterionKind.Languages => en ? "Languages" : "Langues",
        CriterionKind.Licences => en ? "Licence" : "Permis",
        CriterionKind.Location => en ? "Location" : "Lieu",
        CriterionKind.Areas => en ? "Areas" : "Zones",
        CriterionKind.Skills => en ? "Software" : "Informatique",
        CriterionKind.Gender => en ? "Sex" : "Sexe",
        _ => en ? "Nationality" : "Nationalité",
    };

    /// <summary>The width of the id column: the longest id shown, at most <see cref="MaxIdWidth"/>.</summary>
    internal static int IdWidth(IEnumerable<RankedCandidate> results) => Math.Clamp(results.Select(c => c.Id.Length).DefaultIfEmpty(0).Max(), 2, MaxIdWidth);

    /// <summary>Ids longer than this are cut, with an ellipsis.</summary>
    internal const int MaxIdWidth = 40;

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
