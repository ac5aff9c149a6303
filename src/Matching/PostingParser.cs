using Matching.Extraction;

namespace Matching;

/// <summary>
/// Reads a French job posting into typed requirements: normalise (HTML, markdown, bullets, accents)
/// → segment (sections, one posting per post of a multi-post notice) → one extractor per field →
/// resolve. See <c>docs/extraction.md</c>.
/// </summary>
public static class PostingParser
{
    /// <summary>Reads the postings a text holds. Never throws for what the text says; what cannot be read becomes a diagnostic.</summary>
    /// <param name="text">The posting text: plain, HTML or markdown, in French.</param>
    /// <returns>The postings found (one per post) with the evidence of each value, and the diagnostics. A text in which no field can be read holds no posting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>Runs in time linear in the length of the text. Reads in the French culture ("fr").</remarks>
    public static ParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<ParseDiagnostic>();
        var postings = new List<ExtractedPosting>();
        try
        {
            var normalized = NormalizedText.Create(text);
            var document = new Document(normalized);
            if (document.Lines.Count == 0) return new ParseResult(postings, diagnostics);
            var (posts, common, tail) = document.Segment();
            foreach (var post in posts)
            {
                var reader = new PostingReader(text, document, post, common, tail, posts.Count > 1, diagnostics);
                var posting = reader.Read();
                if (posting.Evidence.Count > 0) postings.Add(posting);
            }
        }
#pragma warning disable CA1031 // parsing must never throw for what the text says
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            diagnostics.Add(new ParseDiagnostic(ParseDiagnostic.Internal,
                "La lecture s'est arrêtée avant la fin : " + e.GetType().Name + ".",
                "Reading stopped early: " + e.GetType().Name + ".", TextSpan.Empty));
        }
        return new ParseResult(postings, diagnostics);
    }
}
