namespace Matching.Extraction;

/// <summary>A range of characters in the original posting text, so an application can highlight it.</summary>
/// <param name="Start">The index of the first character in the original text.</param>
/// <param name="Length">The number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just after the last character.</summary>
    public int End => Start + Length;

    /// <summary>The empty span at the start of the text, used where no place in the text applies.</summary>
    public static TextSpan Empty => default;

    /// <summary>The text the span covers.</summary>
    /// <param name="text">The original text the span was taken from.</param>
    /// <returns>The covered text, clipped to the text's bounds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(Start, 0, text.Length);
        var end = Math.Clamp(End, start, text.Length);
        return text[start..end];
    }
}
