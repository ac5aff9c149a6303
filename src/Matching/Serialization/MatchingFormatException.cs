namespace Matching.Serialization;

/// <summary>An input document cannot be read; <see cref="Errors"/> says what is wrong and where.</summary>
public sealed class MatchingFormatException : FormatException
{
    /// <summary>Creates the exception from the errors found.</summary>
    /// <param name="errors">The errors; at least one.</param>
    public MatchingFormatException(IReadOnlyList<InputError> errors)
        : base(string.Join(Environment.NewLine, errors))
        => Errors = errors;

    /// <summary>The errors found.</summary>
    public IReadOnlyList<InputError> Errors { get; }
}
