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
    public static ParseResult Parse(string text) => Parse(text, ParallelFrom);

    /// <summary>As <see cref="Parse(string)"/>, reading the posts in parallel from <paramref name="parallelFrom"/> characters.</summary>
    internal static ParseResult Parse(string text, int parallelFrom)
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
            if (posts.Count > 1 && text.Length >= parallelFrom)
            {
                // a long notice of several posts: the posts are read side by side, each with its own
                // diagnostics, then kept in text order (the document is cut into sentences first)
                document.PrepareSentences();
                var read = new (ExtractedPosting? Posting, List<ParseDiagnostic> Diagnostics)[posts.Count];
                Parallel.For(0, posts.Count, i =>
                {
                    var own = new List<ParseDiagnostic>();
                    try
                    {
                        read[i] = (ReadOne(text, document, posts[i], common, tail, true, own), own);
                    }
#pragma warning disable CA1031 // as below: one post that cannot be read does not lose the others
                    catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
                    {
                        own.Add(Stopped(e));
                        read[i] = (null, own);
                    }
                });
                foreach (var (posting, own) in read)
                {
                    diagnostics.AddRange(own);
                    if (posting is not null) postings.Add(posting);
                }
            }
            else
            {
                foreach (var post in posts)
                {
                    if (ReadOne(text, document, post, common, tail, posts.Count > 1, diagnostics) is { } posting) postings.Add(posting);
                }
            }
        }
#pragma warning disable CA1031 // parsing must never throw for what the text says
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            diagnostics.Add(Stopped(e));
        }
        return new ParseResult(postings, diagnostics);
    }

    private static ParseDiagnostic Stopped(Exception e) => new(ParseDiagnostic.Internal,
        "La lecture s'est arrêtée avant la fin : " + e.GetType().Name + ".",
        "Reading stopped early: " + e.GetType().Name + ".", TextSpan.Empty);

    /// <summary>The length from which the posts of a multi-post notice are read in parallel.</summary>
    private const int ParallelFrom = 100_000;

    /// <summary>One post's posting, or null where nothing in it could be read.</summary>
    private static ExtractedPosting? ReadOne(string text, Document document, (int Start, int End) post, (int Start, int End) common, (int Start, int End) tail, bool multi, List<ParseDiagnostic> diagnostics)
    {
        var posting = new PostingReader(text, document, post, common, tail, multi, diagnostics).Read();
        return posting.Evidence.Count > 0 ? posting : null;
    }
}
