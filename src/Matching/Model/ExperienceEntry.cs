namespace Matching.Model;

/// <summary>
/// A job on a candidate's record. Its length is <see cref="Months"/> where given, else the span from
/// <see cref="Start"/> to <see cref="End"/> (an open end counts up to the ranking's reference date).
/// Dated periods that overlap are counted once.
/// </summary>
public sealed record ExperienceEntry
{
    private readonly int? _months;

    /// <summary>The job title as written.</summary>
    public string? Title { get; init; }

    /// <summary>The employer's name.</summary>
    public string? Organization { get; init; }

    /// <summary>The kind of employer, or null where unknown.</summary>
    public OrganizationType? OrganizationType { get; init; }

    /// <summary>The domain ("protection", "santé"), or null.</summary>
    public string? Domain { get; init; }

    /// <summary>Length in months where given directly.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or above 720.</exception>
    public int? Months
    {
        get => _months;
        init => _months = value is { } v && (v < 0 || v > 720) ? throw new ArgumentOutOfRangeException(nameof(Months), v, "Months must be between 0 and 720.") : value;
    }

    /// <summary>First month worked.</summary>
    /// <exception cref="ArgumentException">After <see cref="End"/>.</exception>
    public YearMonth? Start { get => _start; init => _start = Ordered(value, _end, nameof(Start)); }

    /// <summary>Last month worked; null with a start means ongoing.</summary>
    /// <exception cref="ArgumentException">Before <see cref="Start"/>.</exception>
    public YearMonth? End { get => _end; init => _end = Ordered(_start, value, nameof(End)); }

    private readonly YearMonth? _start;
    private readonly YearMonth? _end;

    private static YearMonth? Ordered(YearMonth? start, YearMonth? end, string name)
    {
        if (start is { } s && end is { } e && e.Index < s.Index)
            throw new ArgumentException($"The job ends ({e}) before it starts ({s}).", name);
        return name == nameof(Start) ? start : end;
    }
}
