using System.Globalization;

namespace Matching.Model;

/// <summary>A calendar month, as CVs give dates of employment ("2019-03").</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>Creates a month.</summary>
    /// <param name="year">The year, 1900 to 2200.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">Year or month out of range.</exception>
    public YearMonth(int year, int month)
    {
        if (year is < 1900 or > 2200) throw new ArgumentOutOfRangeException(nameof(year), year, "year must be between 1900 and 2200.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "month must be between 1 and 12.");
        Year = year;
        Month = month;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Months since January 1900: a number to subtract.</summary>
    public int Index => (Year - 1900) * 12 + Month - 1;

    /// <summary>The month a date falls in.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Its month.</returns>
    public static YearMonth From(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Reads "YYYY-MM" (a full "YYYY-MM-DD" date is also accepted).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The month read.</param>
    /// <returns>Whether the text is a valid month.</returns>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null) return false;
        var t = text.Trim();
        if (t.Length == 10 && DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            value = From(d);
            return true;
        }
        if (t.Length != 7 || t[4] != '-') return false;
        if (!int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return false;
        if (!int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)) return false;
        if (y is < 1900 or > 2200 || m is < 1 or > 12) return false;
        value = new YearMonth(y, m);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    /// <summary>"YYYY-MM".</summary>
    /// <returns>The interchange form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
