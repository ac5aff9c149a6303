using System.Globalization;

namespace Matching.Serialization;

/// <summary>What is wrong in an input file, and where: the file, the item (a candidate's id, or its index) and the field.</summary>
/// <param name="Source">The file (or other source) name, or null.</param>
/// <param name="Item">The item: "c-017", "[3]" (its index, where it has no usable id), "line 3" (in JSON Lines) or "document".</param>
/// <param name="Field">The field's path inside the item ("experience[0].start"), or null for the whole item.</param>
/// <param name="Message">What is wrong.</param>
public sealed record InputError(string? Source, string Item, string? Field, string Message)
{
    /// <summary>The message in French, or null where there is only the English <see cref="Message"/>.</summary>
    public string? MessageFr { get; init; }

    /// <summary>"file: item: field: message", the message in French for a French culture where there is one, else in English.</summary>
    /// <param name="culture">The culture of the reader.</param>
    /// <returns>The error on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string ToString(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var french = culture.TwoLetterISOLanguageName == "fr";
        var message = french ? MessageFr ?? Message : Message;
        return string.Join(": ", new[] { Source, french ? French(Item) : Item, french ? French(Field) : Field, message }.Where(s => !string.IsNullOrEmpty(s)));
    }

    /// <summary>A place in a file as a French reader reads it: "line 3" (or "line 3, position 7") is "ligne 3"; anything else, a candidate's id included, as it is.</summary>
    private static string? French(string? place)
    {
        if (place is null || !place.StartsWith("line ", StringComparison.Ordinal)) return place;
        var digits = 5;
        while (digits < place.Length && char.IsAsciiDigit(place[digits])) digits++;
        var rest = place.AsSpan(digits);
        return digits > 5 && (rest.IsEmpty || rest.StartsWith(", position ", StringComparison.Ordinal)) ? "ligne " + place[5..] : place;
    }

    /// <summary>"file: item: field: message".</summary>
    /// <returns>The error on one line.</returns>
    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}
