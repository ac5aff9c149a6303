namespace Matching.Extraction;

/// <summary>Where a value of an extracted posting came from.</summary>
/// <param name="Field">The field the value fills.</param>
/// <param name="Span">The span in the original text.</param>
/// <param name="Text">The original text of the span.</param>
public sealed record FieldEvidence(PostingField Field, TextSpan Span, string Text);
