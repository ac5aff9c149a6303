using System.Globalization;

namespace Matching.Cli;

/// <summary>Command-line arguments: positional values and --options, with errors that name the option.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args, params string[] flags)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                if (flags.Contains(a)) _options[a] = null;
                else if (i + 1 < list.Count) _options[a] = list[++i];
                else throw new UsageException($"{a} demande une valeur.", $"{a} needs a value.");
            }
            else Positional.Add(a);
        }
    }

    public List<string> Positional { get; } = new();

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public int? GetInt(string name)
    {
        if (Get(name) is not { } v) return null;
        if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        throw new UsageException($"{name} : « {v} » n'est pas un nombre entier positif.", $"{name}: '{v}' is not a positive whole number.");
    }

    public DateOnly? GetDate(string name)
    {
        if (Get(name) is not { } v) return null;
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new UsageException($"{name} : « {v} » n'est pas une date (AAAA-MM-JJ).", $"{name}: '{v}' is not a date (YYYY-MM-DD).");
    }

    public void CheckKnown(params string[] known)
    {
        foreach (var k in _options.Keys)
            if (!known.Contains(k)) throw new UsageException($"option inconnue {k}.", $"unknown option {k}.");
    }
}
