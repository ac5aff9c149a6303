using System.Globalization;
using Matching.Model;

namespace Matching.Extraction;

/// <summary>
/// Reads one posting: one extractor per field over the post's own lines, then the notice's common
/// lines (a multi-post notice shares its organisation, deadline, start date and contract).
/// </summary>
internal sealed partial class PostingReader
{
    private readonly string _original;
    private readonly Document _doc;
    private readonly NormalizedText _src;
    private readonly (int Start, int End) _own;
    private readonly (int Start, int End) _common;
    private readonly (int Start, int End) _tail;
    private readonly bool _multi;
    private readonly List<FieldEvidence> _evidence = new();
    private readonly List<ParseDiagnostic> _diagnostics;

    public PostingReader(string original, Document doc, (int Start, int End) own, (int Start, int End) common, (int Start, int End) tail, bool multi, List<ParseDiagnostic> diagnostics)
    {
        _original = original;
        _doc = doc;
        _src = doc.Source;
        _own = own;
        _common = common;
        _tail = tail;
        _multi = multi;
        _diagnostics = diagnostics;
    }

    private (int Start, int End) Whole => (0, _doc.Lines.Count);

    /// <summary>The ranges to look in for a field the notice may share: the post's own lines, then the common lines (before the first post, and a "Pour tous les postes" part after the last), then (for shared fields) the whole notice.</summary>
    private IEnumerable<(int Start, int End)> Scopes(bool shared)
    {
        yield return _own;
        if (!_multi) yield break;
        if (_common.End > _common.Start) yield return _common;
        if (_tail.End > _tail.Start) yield return _tail;
        if (shared) yield return Whole;
    }

    public ExtractedPosting Read()
    {
        var title = ReadTitle(out var positionsFromTitle, out var sexFromTitle);
        var organization = ReadOrganization();
        var positions = positionsFromTitle ?? ReadPositions();
        var locations = ReadLocations();
        var (contract, duration) = ReadContract(title);
        var start = ReadStart();
        var deadline = ReadDeadline();
        var reservedTo = sexFromTitle ?? ReadReservedTo();
        var womenEncouraged = ReadWomenEncouraged();
        var education = ReadEducation();
        var experience = ReadExperience();
        var languages = ReadLanguages();
        var licences = ReadLicences();
        var skills = ReadSkills();
        var areas = ReadAreas();
        var nationality = ReadNationality();

        var posting = new Posting
        {
            Title = title,
            Organization = organization,
            Positions = positions,
            Locations = locations,
            ContractType = contract,
            DurationMonths = duration,
            Start = start,
            Deadline = deadline,
            ReservedTo = reservedTo,
            WomenEncouraged = womenEncouraged,
            Education = education,
            Experience = experience,
            Languages = languages,
            Licences = licences,
            Skills = skills,
            AreasToKnow = areas,
            Nationality = nationality,
        };
        var span = _doc.Lines.Count == 0 ? TextSpan.Empty
            : _src.ToOriginal(_doc.Lines[_own.Start].Start, _doc.Lines[Math.Max(_own.Start, _own.End - 1)].End);
        return new ExtractedPosting(posting, span, _evidence.OrderBy(e => e.Field).ThenBy(e => e.Span.Start));
    }

    private void Note(PostingField field, int start, int end)
    {
        if (end <= start) return;
        var span = _src.ToOriginal(start, end);
        _evidence.Add(new FieldEvidence(field, span, span.Slice(_original)));
    }

    private void Diagnose(string code, string fr, string en, int start, int end)
    {
        var span = _src.ToOriginal(start, Math.Max(start + 1, end));
        if (_diagnostics.Any(d => d.Code == code && d.Span == span)) return;
        _diagnostics.Add(new ParseDiagnostic(code, fr, en, span));
    }

    private IEnumerable<Line> LinesIn((int Start, int End) range)
    {
        for (var i = range.Start; i < range.End; i++) yield return _doc.Lines[i];
    }

    /// <summary>The value of a label line: the rest of the line, or the next line where the label stands alone.</summary>
    private (int Start, int End, Line Line)? LabelValueOf(Line line)
    {
        if (line.Label is not { } label) return null;
        if (label.ValueStart < line.End) return (label.ValueStart, line.End, line);
        var next = line.Index + 1;
        if (next >= _doc.Lines.Count) return null;
        var n = _doc.Lines[next];
        if (n.Label is not null || n.IsHeading) return null;
        return (n.Start, n.End, n);
    }

    private static string Lower(string s) => s.ToLower(FrenchLexicon.French);

    private static bool HasWord(string folded, string word) => FrenchLexicon.IndexOfWord(folded, word) >= 0;

    private string Norm(int start, int end) => _src.Text[start..end];

    private string Fold(int start, int end) => _src.Folded[start..end];
}
