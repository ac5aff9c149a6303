using System.Globalization;
using System.Text;
using Matching.Internal;
using Matching.Scoring;

namespace Matching.Cli;

/// <summary>
/// The shortlist as CSV for a French-locale Excel: a UTF-8 byte-order mark, ';' between fields,
/// decimal commas, CRLF line ends, fields quoted where needed, and cells that Excel would read
/// as formulas prefixed with an apostrophe.
/// </summary>
internal static class Shortlist
{
    public static void Write(IReadOnlyList<Ranking> rankings, CultureInfo culture, TextWriter w)
    {
        var en = culture.TwoLetterISOLanguageName == "en";
        var sb = new StringBuilder();
        sb.Append('\uFEFF');
        var kinds = rankings.SelectMany(r => r.Results).SelectMany(c => c.Criteria).Select(c => c.Kind).Distinct().OrderBy(k => k).ToList();
        var header = new List<string> { en ? "Posting" : "Poste", en ? "Rank" : "Rang", "Id", "Score", en ? "Eligible" : "Éligible", en ? "Near miss" : "De peu", en ? "To check" : "À vérifier", en ? "Summary" : "Résumé" };
        header.AddRange(kinds.Select(k => Table.Name(k, en)));
        Line(sb, header);
        var yes = en ? "yes" : "oui";
        var no = en ? "no" : "non";
        foreach (var r in rankings)
        {
            foreach (var c in r.Results)
            {
                var row = new List<string>
                {
                    r.Posting.Title, c.Rank.ToString(CultureInfo.InvariantCulture), c.Id,
                    c.Score.ToString("0.000", Cultures.French),
                    c.Eligible ? yes : no, c.NearMiss ? yes : no, c.NeedsReview ? yes : no, c.Summary,
                };
                foreach (var k in kinds)
                    row.Add(string.Join(" | ", c.Criteria.Where(x => x.Kind == k).Select(x => $"{Table.Mark(x.Outcome)} {x.Sentence}")));
                Line(sb, row);
            }
        }
        w.Write(sb.ToString());
    }

    private static void Line(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.AppendJoin(';', cells.Select(Cell));
        sb.Append("\r\n");
    }

    internal static string Cell(string value)
    {
        var v = value;
        if (v.Length > 0 && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r') v = "'" + v;
        return v.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }
}
