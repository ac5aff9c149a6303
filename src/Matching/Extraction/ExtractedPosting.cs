using Matching.Model;

namespace Matching.Extraction;

/// <summary>One posting read from a text, with the evidence for each value.</summary>
public sealed record ExtractedPosting
{
    /// <summary>Creates an extracted posting.</summary>
    /// <param name="posting">The typed posting.</param>
    /// <param name="span">The part of the original text that holds this posting.</param>
    /// <param name="evidence">Where each value came from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="posting"/> is null.</exception>
    public ExtractedPosting(Posting posting, TextSpan span, IEnumerable<FieldEvidence>? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(posting);
        Posting = posting;
        Span = span;
        Evidence = evidence?.ToArray() ?? Array.Empty<FieldEvidence>();
    }

    /// <summary>The typed posting.</summary>
    public Posting Posting { get; }

    /// <summary>The part of the original text that holds this posting (for a notice recruiting several posts, the post's own section).</summary>
    public TextSpan Span { get; }

    /// <summary>Where each value came from, in text order within each field.</summary>
    public IReadOnlyList<FieldEvidence> Evidence { get; }

    /// <summary>The evidence for one field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The evidence, empty where the field was not found.</returns>
    public IReadOnlyList<FieldEvidence> EvidenceFor(PostingField field) => Evidence.Where(e => e.Field == field).ToArray();
}
