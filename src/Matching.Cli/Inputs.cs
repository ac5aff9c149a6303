using System.Text;
using Matching.Extraction;
using Matching.Model;
using Matching.Serialization;

namespace Matching.Cli;

/// <summary>Reads the files a command names.</summary>
internal static class Inputs
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A posting file: JSON ({"postings":[...]}) when it starts with '{' or '[' or is named *.json, else a posting text to parse.
    /// </summary>
    /// <exception cref="InputException">The file is missing, binary, or holds no posting.</exception>
    public static IReadOnlyList<Posting> ReadPostings(string path, Lang lang, TextWriter stderr)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
            throw new InputException(
                $"{path}: un fichier JSON Lines (des candidats ?) ne peut pas servir d'offre ; l'offre est un texte ou un fichier JSON {{\"postings\":[...]}}.",
                $"{path}: a JSON Lines file (candidates?) cannot be a posting; the posting is a text or a JSON file {{\"postings\":[...]}}.");
        var text = ReadText(path, lang, stderr);
        if (IsJson(path, text))
        {
            var postings = MatchingJson.ReadPostings(text, path);
            if (postings.Count == 0) throw new InputException($"{path}: aucune offre dans le fichier (\"postings\" est vide).", $"{path}: no posting in the file (\"postings\" is empty).");
            return postings;
        }
        var result = PostingParser.Parse(text);
        WriteDiagnostics(result.Diagnostics, path, lang, stderr);
        if (result.Postings.Count == 0) throw new InputException($"{path}: aucune offre trouvée dans le texte.", $"{path}: no posting found in the text.");
        return result.Postings.Select(p => p.Posting).ToList();
    }

    /// <summary>Whether a posting file is read as JSON: it starts with '{' or '[', or its name ends in .json.</summary>
    public static bool IsJson(string path, string text)
        => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[');

    /// <summary>The parser's diagnostics, one a line: "matching: file: CODE: message", in the language asked.</summary>
    public static void WriteDiagnostics(IEnumerable<ParseDiagnostic> diagnostics, string path, Lang lang, TextWriter stderr)
    {
        foreach (var d in diagnostics) stderr.WriteLine($"matching: {path}: {Diagnostic(d, lang)}");
    }

    /// <summary>"CODE: message" in the language asked.</summary>
    public static string Diagnostic(ParseDiagnostic d, Lang lang) => $"{d.Code}: {lang.T(d.MessageFr, d.MessageEn)}";

    /// <summary>Whether a posting sets no requirement at all: ranking against it would find every candidate eligible.</summary>
    public static bool HasNoRequirement(Posting p)
        => p.ReservedTo is null && string.IsNullOrWhiteSpace(p.Nationality) && p.Education is null && p.Experience is null
           && p.Languages.Count == 0 && p.Licences.Count == 0 && p.AreasToKnow is null && p.Locations.Count == 0 && p.Skills.Count == 0;

    /// <summary>The warning for a posting that sets no requirement.</summary>
    public static string NoRequirement(string path, Posting p, Lang lang)
    {
        var name = p.Title.Length <= 60 ? p.Title : p.Title[..59] + "…";
        var title = string.IsNullOrWhiteSpace(name) ? "" : lang.T($" « {name} »", $" '{name}'");
        return lang.T(
            $"{path}: l'offre{title} ne fixe aucun critère (diplôme, expérience, langues, permis, lieu, logiciels…) ; est-ce bien une offre d'emploi ?",
            $"{path}: the posting{title} sets no requirement (diploma, experience, languages, licence, place, software…); is this a job posting?");
    }

    /// <summary>A candidates file: a JSON array, or JSON Lines for .jsonl/.ndjson.</summary>
    public static CandidateBatch ReadCandidates(string path, Lang lang, TextWriter stderr)
    {
        var text = ReadText(path, lang, stderr);
        var lines = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);
        var progress = Console.IsErrorRedirected ? null : new Progress(stderr);
        progress?.Show(lang.T($"{path}: lecture…", $"{path}: reading…"));
        var batch = MatchingJson.ReadCandidates(text, path, lines);
        progress?.Show(lang.T($"{path}: {batch.Candidates.Count} candidats lus", $"{path}: {batch.Candidates.Count} candidates read"));
        progress?.Done();
        return batch;
    }

    /// <summary>
    /// The text of a file: UTF-8 (with or without byte-order mark) or UTF-16 with a byte-order mark; a file that is not valid
    /// UTF-8 is read as Windows-1252 (Latin-1), with a note on stderr.
    /// </summary>
    /// <exception cref="InputException">The file is missing, or holds binary content (a PDF, a Word file, an image…).</exception>
    public static string ReadText(string path, Lang lang, TextWriter stderr)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: fichier introuvable.", $"{path}: file not found.");
        return Decode(File.ReadAllBytes(path), path, lang, stderr);
    }

    /// <summary>Decodes the bytes of a text file; see <see cref="ReadText"/>.</summary>
    public static string Decode(byte[] bytes, string path, Lang lang, TextWriter stderr)
    {
        if (Kind(bytes) is { } kind)
            throw new InputException(
                $"{path}: ce fichier est {kind.Fr}, pas un texte ni du JSON ; pour une offre, copiez son texte dans un fichier .txt.",
                $"{path}: this file is {kind.En}, not text nor JSON; for a posting, copy its text into a .txt file.");
        string text;
        if (bytes is [0xFF, 0xFE, ..]) text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (bytes is [0xFE, 0xFF, ..]) text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else
        {
            if (Array.IndexOf(bytes, (byte)0) >= 0) throw Binary(path);
            var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            try
            {
                text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException)
            {
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                text = Encoding.GetEncoding(1252).GetString(bytes, start, bytes.Length - start);
                stderr.WriteLine(lang.T(
                    $"matching: {path}: ce fichier n'est pas en UTF-8 ; lu comme Windows-1252 (Latin-1). Vérifiez les accents, ou enregistrez-le en UTF-8.",
                    $"matching: {path}: this file is not UTF-8; read as Windows-1252 (Latin-1). Check the accents, or save it as UTF-8."));
            }
        }
        if (LooksBinary(text)) throw Binary(path);
        return text;
    }

    private static InputException Binary(string path) => new(
        $"{path}: ce fichier n'est pas un texte (contenu binaire) ; il faut un texte (.txt) ou un fichier JSON.",
        $"{path}: this file is not text (binary content); a text (.txt) or a JSON file is needed.");

    /// <summary>The kind of a well-known binary document, from its first bytes, or null.</summary>
    private static (string Fr, string En)? Kind(byte[] b) => b switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => ("un PDF", "a PDF"),
        [0x50, 0x4B, 0x03, 0x04, ..] => ("une archive ZIP (un document Word .docx, Excel .xlsx ou OpenDocument ?)", "a ZIP archive (a Word .docx, Excel .xlsx or OpenDocument file?)"),
        [0xD0, 0xCF, 0x11, 0xE0, ..] => ("un ancien document Office (.doc, .xls)", "an old Office document (.doc, .xls)"),
        [0x7B, 0x5C, 0x72, 0x74, 0x66, ..] => ("un document RTF", "an RTF document"),
        [0x89, 0x50, 0x4E, 0x47, ..] or [0xFF, 0xD8, 0xFF, ..] or [0x47, 0x49, 0x46, 0x38, ..] => ("une image", "an image"),
        _ => null,
    };

    /// <summary>Whether decoded text is mostly not text: NUL characters, or more than 2 % (and at least 3) control or replacement characters.</summary>
    public static bool LooksBinary(string text)
    {
        var odd = 0;
        foreach (var c in text)
        {
            if (c == '\0') return true;
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))) odd++;
        }
        return odd >= 3 && odd * 50 > text.Length;
    }

    /// <summary>One status line on a terminal, rewritten in place.</summary>
    private sealed class Progress(TextWriter stderr)
    {
        public void Show(string message) => stderr.Write("\r" + message.PadRight(60));

        public void Done() => stderr.Write("\r" + new string(' ', 60) + "\r");
    }
}
