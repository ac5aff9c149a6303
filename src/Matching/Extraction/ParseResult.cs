using System.Globalization;
using Matching.Internal;

namespace Matching.Extraction;

/// <summary>What <see cref="PostingParser.Parse"/> found: the postings and the diagnostics.</summary>
public sealed record ParseResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="postings">The postings found, in text order.</param>
    /// <param name="diagnostics">What was seen but could not be read.</param>
    public ParseResult(IEnumerable<ExtractedPosting>? postings, IEnumerable<ParseDiagnostic>? diagnostics)
    {
        Postings = postings?.ToArray() ?? Array.Empty<ExtractedPosting>();
        Diagnostics = diagnostics?.ToArray() ?? Array.Empty<ParseDiagnostic>();
    }

    /// <summary>The postings found, in text order; empty where the text holds no posting.</summary>
    public IReadOnlyList<ExtractedPosting> Postings { get; }

    /// <summary>What was seen but could not be read.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; }

    /// <summary>The culture the text was read in.</summary>
    /// <value>French ("fr").</value>
    public CultureInfo Culture { get; init; } = Cultures.FrenchNeutral;
}
