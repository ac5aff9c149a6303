namespace Matching.Extraction;

/// <summary>
/// Something the parser saw but could not read: an experience with no length, a date that does not
/// exist ("31 février"), a language name it does not know. Never an exception.
/// </summary>
/// <param name="Code">A stable code ("EXP001"), for filtering.</param>
/// <param name="MessageFr">The message in French.</param>
/// <param name="MessageEn">The message in English.</param>
/// <param name="Span">The span of the original text concerned.</param>
public sealed record ParseDiagnostic(string Code, string MessageFr, string MessageEn, TextSpan Span)
{
    /// <summary>Experience is mentioned under a heading or in a requirement but no length is given.</summary>
    public const string ExperienceWithoutDuration = "EXP001";

    /// <summary>A date is written but does not exist (for example "31 février").</summary>
    public const string InvalidDate = "DATE001";

    /// <summary>A deadline is written without its year: it is read in the year that puts it closest to the notice's earliest date, or not read where no date of the notice lies within six months of it.</summary>
    public const string DateWithoutYear = "DATE002";

    /// <summary>A word in a language list is not a known language.</summary>
    public const string UnknownLanguage = "LANG001";

    /// <summary>A duration unit (mois, ans) has no number that can be read.</summary>
    public const string DurationWithoutNumber = "NUM001";

    /// <summary>A word was read as a near miss of a known word (a typo in a heading, month or language).</summary>
    public const string NearMiss = "TYPO001";

    /// <summary>The parser stopped early on an unexpected condition; the values found so far are kept.</summary>
    public const string Internal = "INT001";
}
