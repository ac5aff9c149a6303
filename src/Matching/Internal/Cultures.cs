using System.Globalization;

namespace Matching.Internal;

/// <summary>
/// The cultures the library writes and reads in. Where .NET runs without culture data
/// (globalization-invariant mode: Alpine images, <c>InvariantGlobalization</c>), a named stand-in
/// carries what the library needs: the name (Humanizer and resources resolve by it), French
/// decimal comma and month names.
/// </summary>
internal static class Cultures
{
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", ""];

    /// <summary>French (France).</summary>
    public static CultureInfo French { get; } = Get("fr-FR");

    /// <summary>French, neutral.</summary>
    public static CultureInfo FrenchNeutral { get; } = Get("fr");

    /// <summary>English (United Kingdom).</summary>
    public static CultureInfo English { get; } = Get("en-GB");

    /// <summary>A culture by name, or its stand-in where culture data is missing.</summary>
    public static CultureInfo Get(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            var parent = dash > 0 ? new StandIn(name[..dash], null) : null;
            return new StandIn(name, parent);
        }
    }

    /// <summary>A culture over the invariant data, named, with French formats for French names.</summary>
    private sealed class StandIn : CultureInfo
    {
        private readonly string _name;
        private readonly CultureInfo? _parent;
        private readonly NumberFormatInfo _numbers;
        private readonly DateTimeFormatInfo _dates;

        public StandIn(string name, CultureInfo? parent) : base("")
        {
            _name = name;
            _parent = parent;
            _numbers = (NumberFormatInfo)InvariantCulture.NumberFormat.Clone();
            _dates = (DateTimeFormatInfo)InvariantCulture.DateTimeFormat.Clone();
            if (name.StartsWith("fr", StringComparison.Ordinal))
            {
                _numbers.NumberDecimalSeparator = ",";
                _numbers.NumberGroupSeparator = "\u202F";
                _numbers.PercentDecimalSeparator = ",";
                _dates.MonthNames = FrenchMonths;
                _dates.MonthGenitiveNames = FrenchMonths;
            }
            _numbers = NumberFormatInfo.ReadOnly(_numbers);
            _dates = DateTimeFormatInfo.ReadOnly(_dates);
        }

        public override string Name => _name;

        public override string TwoLetterISOLanguageName => _name.Length >= 2 ? _name[..2] : _name;

        public override CultureInfo Parent => _parent ?? InvariantCulture;

        public override NumberFormatInfo NumberFormat
        {
            get => _numbers;
            set => throw new InvalidOperationException("The culture is read-only.");
        }

        public override DateTimeFormatInfo DateTimeFormat
        {
            get => _dates;
            set => throw new InvalidOperationException("The culture is read-only.");
        }
    }
}
