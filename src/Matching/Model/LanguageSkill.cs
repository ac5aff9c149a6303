namespace Matching.Model;

/// <summary>A language a candidate speaks.</summary>
/// <param name="Language">The language.</param>
/// <param name="Level">The level, or null where the CV does not say.</param>
public sealed record LanguageSkill(LanguageKey Language, LanguageLevel? Level = null);
