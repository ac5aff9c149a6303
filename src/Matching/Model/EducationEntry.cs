namespace Matching.Model;

/// <summary>A diploma on a candidate's record.</summary>
/// <param name="Level">The level, or null where the CV does not say.</param>
/// <param name="Field">The discipline ("psychologie"), or null.</param>
/// <param name="Title">The diploma as written ("Master en psychologie clinique"), or null.</param>
public sealed record EducationEntry(DiplomaLevel? Level, string? Field = null, string? Title = null);
