namespace Matching.Model;

/// <summary>When a post starts: a date, or "immédiate".</summary>
public readonly record struct StartDate
{
    private StartDate(DateOnly? date) => Date = date;

    /// <summary>The start date, or null for an immediate start.</summary>
    public DateOnly? Date { get; }

    /// <summary>Whether the post starts immediately.</summary>
    public bool IsImmediate => Date is null;

    /// <summary>An immediate start.</summary>
    public static StartDate Immediate => new(null);

    /// <summary>A start on a given date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The start.</returns>
    public static StartDate On(DateOnly date) => new(date);

    /// <summary>"immediate" or the ISO date.</summary>
    /// <returns>The interchange form.</returns>
    public override string ToString() => Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "immediate";
}
