using Matching.Internal;

namespace Matching.Model;

/// <summary>A language requirement met by any one of its languages ("Bambara, Dogon, Peulh ou Sonrhaï").</summary>
public sealed record LanguageGroup
{
    /// <summary>Creates a language group.</summary>
    /// <param name="anyOf">The languages, any one of which meets the group.</param>
    /// <param name="necessity">Required or preferred.</param>
    /// <param name="minLevel">The minimum level ("courant" is fluent), or null where none is stated.</param>
    /// <param name="modes">The modes required ("lu, parlé et écrit").</param>
    /// <exception cref="ArgumentException">The group is empty, or a value is not one of its enum's.</exception>
    public LanguageGroup(IEnumerable<LanguageKey> anyOf, Necessity necessity = Necessity.Required, LanguageLevel? minLevel = null, LanguageModes modes = LanguageModes.None)
    {
        var list = Guard.Items(anyOf, nameof(anyOf));
        if (list.Count == 0) throw new ArgumentException("A language group needs at least one language.", nameof(anyOf));
        if (list.Any(k => k.Value is null)) throw new ArgumentException("A language group holds an uninitialised language key.", nameof(anyOf));
        AnyOf = list.Distinct().ToArray();
        Necessity = Guard.Defined(necessity, nameof(necessity));
        MinLevel = Guard.Defined(minLevel, nameof(minLevel));
        Modes = Guard.Defined(modes, nameof(modes));
    }

    /// <summary>The languages, any one of which meets the group.</summary>
    public IReadOnlyList<LanguageKey> AnyOf { get; }

    /// <summary>Required or preferred.</summary>
    public Necessity Necessity { get; }

    /// <summary>The minimum level, or null.</summary>
    public LanguageLevel? MinLevel { get; }

    /// <summary>The modes required.</summary>
    public LanguageModes Modes { get; }
}
