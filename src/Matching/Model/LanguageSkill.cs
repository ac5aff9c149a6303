using Matching.Internal;

namespace Matching.Model;

/// <summary>A language a candidate speaks.</summary>
/// <param name="Language">The language.</param>
/// <param name="Level">The level, or null where the CV does not say.</param>
/// <exception cref="ArgumentException"><paramref name="Language"/> is <c>default</c>, or <paramref name="Level"/> is not a <see cref="LanguageLevel"/> value.</exception>
public sealed record LanguageSkill(LanguageKey Language, LanguageLevel? Level = null)
{
    private readonly LanguageKey _language = Guard.Key(Language, nameof(Language));
    private readonly LanguageLevel? _level = Guard.Defined(Level, nameof(Level));

    /// <summary>The language.</summary>
    public LanguageKey Language { get => _language; init => _language = Guard.Key(value, nameof(Language)); }

    /// <summary>The level, or null where the CV does not say.</summary>
    public LanguageLevel? Level { get => _level; init => _level = Guard.Defined(value, nameof(Level)); }
}
