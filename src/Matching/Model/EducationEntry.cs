using Matching.Internal;

namespace Matching.Model;

/// <summary>A diploma on a candidate's record.</summary>
/// <param name="Level">The level, or null where the CV does not say.</param>
/// <param name="Field">The discipline ("psychologie"), or null.</param>
/// <param name="Title">The diploma as written ("Master en psychologie clinique"), or null.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Level"/> is not a <see cref="DiplomaLevel"/> value.</exception>
public sealed record EducationEntry(DiplomaLevel? Level, string? Field = null, string? Title = null)
{
    private readonly DiplomaLevel? _level = Guard.Defined(Level, nameof(Level));

    /// <summary>The level, or null where the CV does not say.</summary>
    public DiplomaLevel? Level { get => _level; init => _level = Guard.Defined(value, nameof(Level)); }
}
