using Matching.Internal;

namespace Matching.Extraction;

/// <summary>A line of the normalised text, with its list marker removed and the section it falls in.</summary>
internal sealed record Line(int Index, int Start, int End, string Text, string Folded, string? Section, bool IsHeading)
{
    /// <summary>The label that opens the line ("Lieu d'affectation"), its field and the value after it, if any.</summary>
    public LabelValue? Label { get; init; }
}

/// <summary>A line's label, the field it introduces, and where its value starts (in the normalised text).</summary>
internal sealed record LabelValue(string Field, int ValueStart, int? Number);

/// <summary>A sentence: a piece of a line between full stops or semicolons.</summary>
internal sealed class Sentence(Line line, int start, int end)
{
    private string? _text;
    private string? _folded;
    private string? _words;

    public Line Line { get; } = line;

    /// <summary>Start in the normalised text.</summary>
    public int Start { get; } = start;

    /// <summary>End in the normalised text.</summary>
    public int End { get; } = end;

    public string Text => _text ??= Line.Text[(Start - Line.Start)..(End - Line.Start)];

    public string Folded => _folded ??= Line.Folded[(Start - Line.Start)..(End - Line.Start)];

    /// <summary>The folded words, punctuation removed ("langue francaise exigee").</summary>
    public string Words => _words ??= FrenchLexicon.Words(Folded);

    /// <summary>Whether the folded sentence contains a string, without copying it.</summary>
    public bool Contains(string needle) => Line.Folded.AsSpan(Start - Line.Start, End - Start).Contains(needle, StringComparison.Ordinal);

    /// <summary>Whether a phrase of the lexicon occurs in the sentence, without copying it.</summary>
    public bool Has<T>(PhraseMatcher<T> lexicon) => lexicon.Any(Line.Folded, Start - Line.Start, End - Line.Start);
}

/// <summary>Segmentation: the normalised text as lines and sections, and the postings it holds.</summary>
internal sealed partial class Document
{
    /// <summary>A heading for what all posts share: "Pour tous les postes :", "Conditions communes", "Profil commun aux deux postes".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:pour (?:tous les|l'ensemble des|les deux|les \w+|ces) postes|(?:conditions|exigences|dispositions|qualifications|competences) communes|(?:profil|criteres) communs?|commun(?:es|s)? a (?:tous les|l'ensemble des) postes)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex CommonTail();

    private const int MaxLabelLength = 60;

    public Document(NormalizedText text)
    {
        Source = text;
        Lines = BuildLines(text);
        _firstDate = new Lazy<DateOnly?>(FirstDate);
    }

    public NormalizedText Source { get; }

    private readonly Lazy<DateOnly?> _firstDate;

    /// <summary>
    /// The notice's earliest full date (its publication, else a start date or a contract's first
    /// day), dates over two years before the latest (a law's) left out; null where it has none.
    /// Found once for all the posts of a notice, which may be read in parallel.
    /// </summary>
    public DateOnly? ReferenceDate => _firstDate.Value;

    private DateOnly? FirstDate()
    {
        var dates = Quantities.Dates(Source.Folded).Where(x => x.Date is not null).Select(x => x.Date!.Value).ToList();
        if (dates.Count == 0) return null;
        var latest = dates.Max();
        return dates.Where(x => x.DayNumber >= latest.DayNumber - 730).Min();
    }

    public IReadOnlyList<Line> Lines { get; }

    /// <summary>The line ranges of each post ([start, end) in line indexes), and the common part before the first post.</summary>
    public (IReadOnlyList<(int Start, int End)> Posts, (int Start, int End) Common, (int Start, int End) Tail) Segment()
    {
        var markers = new List<int>();
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Lines)
        {
            if (!line.Folded.Contains("poste", StringComparison.Ordinal)) continue;
            var m = Patterns.PostMarker().Match(line.Folded);
            if (m.Success && numbers.Add(m.Groups[1].Value)) markers.Add(line.Index);
        }
        if (markers.Count < 2) markers = NumberedCountLines();
        if (markers.Count < 2) markers = RepeatedTitleLabels();
        if (markers.Count < 2) return ([(0, Lines.Count)], (0, 0), (0, 0));
        // "Pour tous les postes :" after the last post opens a part every post shares
        var tail = Lines.Count;
        for (var i = markers[^1] + 1; i < Lines.Count; i++)
        {
            if (CommonTail().IsMatch(Lines[i].Folded)) { tail = i; break; }
        }
        var posts = new List<(int, int)>();
        for (var i = 0; i < markers.Count; i++)
            posts.Add((markers[i], i + 1 < markers.Count ? markers[i + 1] : tail));
        return (posts, (0, markers[0]), (tail, Lines.Count));
    }

    /// <summary>
    /// "1. Un (01) Chauffeur (H)" … "2. Deux (02) Gardiens": short lines numbered 1, 2, … in order whose text opens
    /// with a count in brackets — the posts of a notice that lists them without "Poste N".
    /// </summary>
    private List<int> NumberedCountLines()
    {
        var found = new List<int>();
        foreach (var line in Lines)
        {
            if (line.Text.Length > 90 || line.IsHeading || line.Label is not null) continue;
            if (!char.IsDigit(line.Folded[0]) && line.Folded[0] != '(' && !char.IsLetter(line.Folded[0])) continue;
            var count = Patterns.LeadingCount().Match(line.Folded);
            if (!count.Success || !count.Groups[1].Success) continue;
            // "1. Un (01) an d'expérience" is a requirement, not a post
            var rest = line.Folded[count.Length..];
            if (Patterns.TimeUnit().Match(rest) is { Success: true, Index: 0 } || rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8) continue;
            if (ListNumber(line) != found.Count + 1) continue;
            found.Add(line.Index);
        }
        return found;
    }

    /// <summary>
    /// "Titre du poste : Chef de projet" … "Titre du poste : Animateur": a title label given again with another
    /// title, each followed by its own lines, opens the next post.
    /// </summary>
    private List<int> RepeatedTitleLabels()
    {
        var found = new List<(int Index, HashSet<string> Words)>();
        foreach (var line in Lines)
        {
            if (line.Label is not { Field: "title" } label) continue;
            var value = label.ValueStart < line.End ? line.Folded[(label.ValueStart - line.Start)..]
                : line.Index + 1 < Lines.Count && Lines[line.Index + 1].Label is null ? Lines[line.Index + 1].Folded : "";
            var words = FrenchLexicon.Words(value).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            if (words.Count == 0) continue;
            if (found.Count > 0 && line.Index - found[^1].Index < 3 || found.Count >= 30) return [];
            // the same title said twice (a header and the body) is one post
            if (found.Any(f => (double)f.Words.Intersect(words).Count() / f.Words.Union(words).Count() >= 0.6)) return [];
            found.Add((line.Index, words));
        }
        return found.Count >= 2 && Lines.Count - found[^1].Index >= 3 ? found.Select(f => f.Index).ToList() : [];
    }

    /// <summary>The list number removed before a line's text ("2. " → 2), or -1.</summary>
    private int ListNumber(Line line)
    {
        var s = Source.Text;
        var k = line.Start - 1;
        while (k >= 0 && s[k] is ' ' or '\t') k--;
        if (k < 0 || s[k] is not ('.' or ')' or '-')) return -1;
        var end = k;
        k--;
        while (k >= 0 && char.IsDigit(s[k])) k--;
        if (end - k - 1 == 0)
        {
            // "II. Deux (02) Chauffeurs"
            while (k >= 0 && s[k] is 'I' or 'V' or 'X' or 'i' or 'v' or 'x' && end - k <= 4) k--;
            if (k >= 0 && s[k] != '\n' && !char.IsWhiteSpace(s[k])) return -1;
            return Roman(s.AsSpan(k + 1, end - k - 1));
        }
        if (end - k - 1 is < 1 or > 2 || (k >= 0 && s[k] != '\n' && !char.IsWhiteSpace(s[k]))) return -1;
        return int.Parse(s.AsSpan(k + 1, end - k - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>I … X as a number; -1 for anything else.</summary>
    private static int Roman(ReadOnlySpan<char> r)
    {
        var total = 0;
        for (var i = 0; i < r.Length; i++)
        {
            var v = char.ToUpperInvariant(r[i]) switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 };
            if (v == 0) return -1;
            var next = i + 1 < r.Length ? char.ToUpperInvariant(r[i + 1]) switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 } : 0;
            total += v < next ? -v : v;
        }
        return total is > 0 and <= 10 ? total : -1;
    }

    private List<Sentence>? _sentences;
    private int[]? _firstSentence;

    /// <summary>Cuts every line into sentences, once; called before readers on several threads only read.</summary>
    public void PrepareSentences()
    {
        if (_sentences is not null) return;
        var sentences = new List<Sentence>();
        var first = new int[Lines.Count + 1];
        for (var i = 0; i < Lines.Count; i++)
        {
            first[i] = sentences.Count;
            sentences.AddRange(Cut(i, i + 1));
        }
        first[Lines.Count] = sentences.Count;
        _firstSentence = first;
        _sentences = sentences;
    }

    /// <summary>The sentences of lines [fromLine, toLine), cut once and kept.</summary>
    public IEnumerable<Sentence> Sentences(int fromLine, int toLine)
    {
        PrepareSentences();
        var from = _firstSentence![Math.Clamp(fromLine, 0, Lines.Count)];
        var to = _firstSentence[Math.Clamp(toLine, 0, Lines.Count)];
        return Enumerate(from, to);
    }

    private IEnumerable<Sentence> Enumerate(int from, int to)
    {
        for (var k = from; k < to; k++) yield return _sentences![k];
    }

    /// <summary>Lines [fromLine, toLine) as a span of the normalised text and a range of sentence indexes; false when empty.</summary>
    private bool Range(int fromLine, int toLine, out int start, out int end, out int first, out int last)
    {
        PrepareSentences();
        fromLine = Math.Clamp(fromLine, 0, Lines.Count);
        toLine = Math.Clamp(toLine, fromLine, Lines.Count);
        start = end = first = last = 0;
        if (toLine <= fromLine) return false;
        start = Lines[fromLine].Start;
        end = Lines[toLine - 1].End;
        first = _firstSentence![fromLine];
        last = _firstSentence[toLine];
        return true;
    }

    /// <summary>
    /// The sentences of lines [fromLine, toLine) in which a pattern matches, each once, in text order:
    /// one pass of the pattern over the whole range instead of one call per sentence.
    /// </summary>
    public IEnumerable<Sentence> SentencesMatching(System.Text.RegularExpressions.Regex pattern, int fromLine, int toLine)
    {
        if (!Range(fromLine, toLine, out var start, out var end, out var first, out var last)) yield break;
        var previous = -1;
        var m = pattern.Match(Source.Folded, start, end - start);
        while (m.Success)
        {
            var k = SentenceIndexAt(m.Index, first, last);
            if (k >= 0 && k != previous)
            {
                previous = k;
                yield return _sentences![k];
            }
            m = m.NextMatch();
        }
    }

    private int SentenceIndexAt(int position, int first, int last)
    {
        int lo = first, hi = last - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sentences![mid].Start <= position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && position < _sentences![found].End ? found : -1;
    }

    /// <summary>
    /// The sentences of lines [fromLine, toLine) whose folded text contains one of the needles (plain
    /// substring search), each once, in text order: each needle is searched over the whole range at once.
    /// </summary>
    public IEnumerable<Sentence> SentencesContaining(string[] needles, int fromLine, int toLine)
    {
        if (!Range(fromLine, toLine, out var start, out var end, out var first, out var last)) return [];
        var folded = Source.Folded;
        var found = new List<int>();
        foreach (var needle in needles)
        {
            if (needle.Length == 0) continue;
            var at = start;
            while (at <= end - needle.Length)
            {
                var i = folded.AsSpan(at, end - at).IndexOf(needle, StringComparison.Ordinal);
                if (i < 0) break;
                var hit = at + i;
                var k = SentenceIndexAt(hit, first, last);
                // a needle must lie inside one sentence
                if (k >= 0 && hit + needle.Length <= _sentences![k].End) found.Add(k);
                at = hit + 1;
            }
        }
        if (found.Count == 0) return [];
        found.Sort();
        var result = new List<Sentence>(found.Count);
        var previous = -1;
        foreach (var k in found)
        {
            if (k == previous) continue;
            result.Add(_sentences![k]);
            previous = k;
        }
        return result;
    }

    /// <summary>The sentences of lines [fromLine, toLine) holding a phrase of the lexicon.</summary>
    public IEnumerable<Sentence> SentencesWith<T>(PhraseMatcher<T> lexicon, int fromLine, int toLine)
        => Sentences(fromLine, toLine).Where(s => s.Has(lexicon));

    private IEnumerable<Sentence> Cut(int fromLine, int toLine)
    {
        for (var i = fromLine; i < toLine; i++)
        {
            var line = Lines[i];
            if (line.Text.Length == 0) continue;
            var start = 0;
            var t = line.Text;
            for (var k = 0; k < t.Length; k++)
            {
                var c = t[k];
                var split = c is ';' or '!' or '?' || (c == '.' && (k + 1 == t.Length || t[k + 1] == ' ') && !(k > 0 && char.IsDigit(t[k - 1]) && k + 1 < t.Length && char.IsDigit(t[k + 1])));
                if (!split) continue;
                if (k > start) yield return Make(line, start, k);
                start = k + 1;
            }
            if (t.Length > start) yield return Make(line, start, t.Length);
        }
    }

    private static Sentence Make(Line line, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(line.Text[start])) start++;
        return new Sentence(line, line.Start + start, line.Start + end);
    }

    private static List<Line> BuildLines(NormalizedText text)
    {
        var lines = new List<Line>();
        var s = text.Text;
        var f = text.Folded;
        string? section = null;
        var pos = 0;
        while (pos <= s.Length)
        {
            var nl = s.IndexOf('\n', pos);
            if (nl < 0) nl = s.Length;
            var start = pos;
            var end = nl;
            while (start < end && char.IsWhiteSpace(s[start])) start++;
            while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
            if (start < end && MayStartWithMarker(s, start, end))
            {
                var marker = Patterns.LeadingMarker().Match(f, start, Math.Min(end - start, 16));
                if (marker.Success && marker.Index == start)
                {
                    start += marker.Length;
                    while (start < end && char.IsWhiteSpace(s[start])) start++;
                }
            }
            if (start < end)
            {
                var content = s[start..end];
                var folded = f[start..end];
                var heading = content.Length <= MaxLabelLength ? Heading(FrenchLexicon.Words(folded)) : null;
                if (heading is not null) section = heading;
                var line = new Line(lines.Count, start, end, content, folded, heading ?? InlineHeading(content, folded) ?? section, heading is not null)
                {
                    Label = ReadLabel(content, folded, start),
                };
                lines.Add(line);
            }
            pos = nl + 1;
        }
        return lines;
    }

    /// <summary>A heading's section, also written with plural marks: "Langue(s)", "Compétence(s) requise(s)".</summary>
    private static string? Heading(string words) => FrenchLexicon.HeadingSection(words) ?? (words.Contains(" s", StringComparison.Ordinal) ? FrenchLexicon.HeadingSection(WithoutPluralMarks(words)) : null);

    /// <summary>"nombre de poste s" → "nombre de poste": the letters of "(s)", "(es)" left as words.</summary>
    private static string WithoutPluralMarks(string words)
        => string.Join(' ', words.Split(' ').Where(w => w is not ("s" or "es" or "x")));

    /// <summary>"Profil : Licence en sociologie." — a heading with its content on the same line: the section of that line only.</summary>
    private static string? InlineHeading(string content, string folded)
    {
        var limit = Math.Min(content.Length, MaxLabelLength);
        for (var k = 0; k < limit; k++)
        {
            if (content[k] is not (':' or '\t')) continue;
            if (content.AsSpan(k + 1).Trim().Length == 0) return null;
            return Heading(FrenchLexicon.Words(folded[..k]));
        }
        return null;
    }

    private static bool MayStartWithMarker(string s, int start, int end)
    {
        var c = s[start];
        return char.IsDigit(c) || c is '-' or '+' or '>' or '»' or 'o' or 'I' or 'V' or 'X' or 'i' or 'v' or 'x' || (start + 1 < end && s[start + 1] == ')');
    }

    private static LabelValue? ReadLabel(string content, string folded, int lineStart)
    {
        var limit = Math.Min(content.Length, MaxLabelLength);
        var sep = -1;
        for (var k = 0; k < limit; k++)
        {
            if (content[k] is ':' or '\t') { sep = k; break; }
        }
        var label = FrenchLexicon.Words(sep < 0 ? (content.Length <= MaxLabelLength ? folded : "") : folded[..sep]);
        if (label.Length == 0) return null;
        int? number = null;
        var lastSpace = label.LastIndexOf(' ');
        if (lastSpace > 0 && int.TryParse(label.AsSpan(lastSpace + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n < 100)
        {
            number = n;
            label = label[..lastSpace];
        }
        if (label.EndsWith(" n", StringComparison.Ordinal)) label = label[..^2];
        if (!FrenchLexicon.Labels.TryGetValue(label, out var field) && !FrenchLexicon.Labels.TryGetValue(WithoutPluralMarks(label), out field)) return null;
        var valueStart = sep < 0 ? content.Length : sep + 1;
        while (valueStart < content.Length && (char.IsWhiteSpace(content[valueStart]) || content[valueStart] is ':' or '-')) valueStart++;
        return new LabelValue(field, lineStart + valueStart, number);
    }
}
