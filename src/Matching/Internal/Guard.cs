namespace Matching.Internal;

/// <summary>Argument checks with messages that say what was wrong and where.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, string name) where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotBlank(string? value, string name)
    {
        if (value is null) throw new ArgumentNullException(name);
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"{name} must not be empty.", name);
        return value;
    }

    public static double InRange(double value, double min, double max, string name)
    {
        if (double.IsNaN(value) || value < min || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        return value;
    }

    public static int Positive(int value, string name)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
        return value;
    }

    public static IReadOnlyList<T> Items<T>(IEnumerable<T>? items, string name)
    {
        if (items is null) return Array.Empty<T>();
        var list = items.ToArray();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null) throw new ArgumentException($"{name}[{i}] is null.", name);
        }
        return list;
    }

    public static IReadOnlyList<T>? ItemsOrUnknown<T>(IEnumerable<T>? items, string name)
        => items is null ? null : Items(items, name);

    /// <summary>A value of the enum's declared members (for a flags enum: a combination of them).</summary>
    public static T Defined<T>(T value, string name) where T : struct, Enum
    {
        if (Enum.IsDefined(value)) return value;
        if (FlagsOf<T>.All is { } all && (Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture) & ~all) == 0) return value;
        throw new ArgumentOutOfRangeException(name, value, $"{name} is not a {typeof(T).Name} value.");
    }

    /// <summary>As <see cref="Defined{T}(T, string)"/>, null allowed.</summary>
    public static T? Defined<T>(T? value, string name) where T : struct, Enum
        => value is { } v ? Defined(v, name) : null;

    /// <summary>A language key made through <c>LanguageKey.Parse</c> or a named key, not <c>default</c>.</summary>
    public static Model.LanguageKey Key(Model.LanguageKey key, string name)
        => key.Value is null ? throw new ArgumentException($"{name} is an uninitialised language key; use LanguageKey.Parse.", name) : key;

    /// <summary>For a flags enum, every declared bit together, computed once per type; null for other enums.</summary>
    private static class FlagsOf<T> where T : struct, Enum
    {
        public static readonly ulong? All = typeof(T).IsDefined(typeof(FlagsAttribute), false)
            ? Enum.GetValues<T>().Aggregate(0UL, (acc, v) => acc | Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }
}
