using Matching.Internal;

namespace Matching.Model;

/// <summary>
/// What one job posting requires, typed. Immutable: build one with an object initializer
/// (or get one from PostingParser) and derive variants with <c>with</c>.
/// </summary>
public sealed record Posting
{
    private readonly string _title = "";
    private readonly int? _positions;
    private readonly double? _durationMonths;
    private readonly IReadOnlyList<string> _locations = Array.Empty<string>();
    private readonly IReadOnlyList<LanguageGroup> _languages = Array.Empty<LanguageGroup>();
    private readonly IReadOnlyList<LicenceRequirement> _licences = Array.Empty<LicenceRequirement>();
    private readonly IReadOnlyList<string> _skills = Array.Empty<string>();

    /// <summary>The job title as the notice names it, without counts or gender marks.</summary>
    /// <value>Empty by default.</value>
    public string Title { get => _title; init => _title = value ?? ""; }

    /// <summary>The hiring organisation's short name, or null.</summary>
    public string? Organization { get; init; }

    /// <summary>The number of posts to fill, or null where not stated.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public int? Positions { get => _positions; init => _positions = value is { } v ? Guard.Positive(v, nameof(Positions)) : null; }

    /// <summary>Duty stations, one entry per place, as written.</summary>
    public IReadOnlyList<string> Locations { get => _locations; init => _locations = Guard.Items(value, nameof(Locations)); }

    /// <summary>The contract type, or null.</summary>
    public ContractType? ContractType { get; init; }

    /// <summary>Contract length in months, or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or above 600.</exception>
    public double? DurationMonths { get => _durationMonths; init => _durationMonths = value is { } v ? Guard.InRange(v, 0, 600, nameof(DurationMonths)) : null; }

    /// <summary>When the post starts, or null.</summary>
    public StartDate? Start { get; init; }

    /// <summary>The last day to apply, or null.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The sex the post is reserved to ("(F)", "poste réservé aux femmes"), or null where it is open to all.</summary>
    public Sex? ReservedTo { get; init; }

    /// <summary>Whether the notice encourages women to apply. Plays no part in scores.</summary>
    public bool WomenEncouraged { get; init; }

    /// <summary>The diploma asked, or null where none is asked.</summary>
    public EducationRequirement? Education { get; init; }

    /// <summary>The experience asked, or null where no length is asked.</summary>
    public ExperienceRequirement? Experience { get; init; }

    /// <summary>Language groups; empty where none are named.</summary>
    public IReadOnlyList<LanguageGroup> Languages { get => _languages; init => _languages = Guard.Items(value, nameof(Languages)); }

    /// <summary>Driving licences asked.</summary>
    public IReadOnlyList<LicenceRequirement> Licences { get => _licences; init => _licences = Guard.Items(value, nameof(Licences)); }

    /// <summary>Areas the holder must know, or null.</summary>
    public AreaRequirement? AreasToKnow { get; init; }

    /// <summary>The nationality required ("malienne" for national staff posts), or null.</summary>
    public string? Nationality { get; init; }

    /// <summary>Software and tools named, lower-case ("word", "excel", "kobo").</summary>
    public IReadOnlyList<string> Skills { get => _skills; init => _skills = Guard.Items(value, nameof(Skills)).Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().ToArray(); }

    /// <summary>Whether applications are still accepted on a date: true when there is no deadline or the date is not after it.</summary>
    /// <param name="asOf">The date to check, usually today as the caller knows it.</param>
    /// <returns>Whether the posting is open on that date.</returns>
    public bool IsOpen(DateOnly asOf) => Deadline is not { } d || asOf <= d;
}
