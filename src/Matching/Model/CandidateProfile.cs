using Matching.Internal;

namespace Matching.Model;

/// <summary>
/// A candidate, typed. Every list is either null, meaning "not known", or complete: an empty
/// <see cref="Licences"/> means "holds no licence", a null one means the profile does not say.
/// </summary>
public sealed record CandidateProfile
{
    private readonly string _id = "";
    private readonly IReadOnlyList<string>? _areasKnown;
    private readonly IReadOnlyList<EducationEntry>? _education;
    private readonly IReadOnlyList<ExperienceEntry>? _experience;
    private readonly IReadOnlyList<LanguageSkill>? _languages;
    private readonly IReadOnlyList<LicenceCategory>? _licences;
    private readonly IReadOnlyList<string>? _skills;

    /// <summary>Creates a profile with an id and nothing known.</summary>
    /// <param name="id">The candidate's id, unique in a roster.</param>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public CandidateProfile(string id) => Id = id;

    /// <summary>The candidate's id. Never changes a score; orders equal scores.</summary>
    /// <exception cref="ArgumentException">Empty.</exception>
    public string Id { get => _id; init => _id = Guard.NotBlank(value, nameof(Id)); }

    /// <summary>The candidate's name, for display only. Never read by the scorer.</summary>
    public string? Name { get; init; }

    /// <summary>Gender, or null. Read only where a posting reserves the post to one sex.</summary>
    public Sex? Gender { get => _gender; init => _gender = Guard.Defined(value, nameof(Gender)); }

    private readonly Sex? _gender;

    /// <summary>Nationality ("malienne"), or null. Read only where a posting requires one.</summary>
    public string? Nationality { get; init; }

    /// <summary>Where the candidate lives: a place name, or null.</summary>
    public string? Home { get; init; }

    /// <summary>Places or regions the candidate knows well, or null.</summary>
    public IReadOnlyList<string>? AreasKnown { get => _areasKnown; init => _areasKnown = Guard.ItemsOrUnknown(value, nameof(AreasKnown)); }

    /// <summary>Diplomas, or null.</summary>
    public IReadOnlyList<EducationEntry>? Education { get => _education; init => _education = Guard.ItemsOrUnknown(value, nameof(Education)); }

    /// <summary>Jobs, or null.</summary>
    public IReadOnlyList<ExperienceEntry>? Experience { get => _experience; init => _experience = Guard.ItemsOrUnknown(value, nameof(Experience)); }

    /// <summary>Languages, or null.</summary>
    public IReadOnlyList<LanguageSkill>? Languages { get => _languages; init => _languages = Guard.ItemsOrUnknown(value, nameof(Languages)); }

    /// <summary>Driving licences held, or null.</summary>
    public IReadOnlyList<LicenceCategory>? Licences { get => _licences; init => _licences = value is null ? null : Guard.Items(value, nameof(Licences)).Select(l => Guard.Defined(l, nameof(Licences))).ToArray(); }

    /// <summary>Software and tools, lower-case, or null.</summary>
    public IReadOnlyList<string>? Skills { get => _skills; init => _skills = value is null ? null : Guard.Items(value, nameof(Skills)).Select(s => s.Trim().ToLowerInvariant()).ToArray(); }
}
