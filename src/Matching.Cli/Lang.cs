namespace Matching.Cli;

/// <summary>The language of the messages on stderr and of the readable output: French unless <c>--lang en</c>.</summary>
internal sealed record Lang(bool En)
{
    public static readonly Lang French = new(false);

    public static readonly Lang English = new(true);

    /// <summary>The language asked on a command line (<c>--lang en</c>), French otherwise, even where the rest is wrong.</summary>
    public static Lang Of(IReadOnlyList<string> args)
    {
        for (var i = 0; i + 1 < args.Count; i++)
            if (args[i] == "--lang") return args[i + 1] == "en" ? English : French;
        return French;
    }

    /// <summary>The culture of the output: fr-FR or en-GB.</summary>
    public System.Globalization.CultureInfo Culture => En ? Matching.Internal.Cultures.English : Matching.Internal.Cultures.French;

    /// <summary>An input error on one line, its message in this language where there is one.</summary>
    public string Error(Matching.Serialization.InputError e) => e.ToString(Culture);

    /// <summary>The French or the English text.</summary>
    public string T(string fr, string en) => En ? en : fr;
}

/// <summary>A command line that cannot be run as written; the message in both languages.</summary>
internal sealed class UsageException(string fr, string en) : Exception(en)
{
    public string MessageFr { get; } = fr;

    public string Text(Lang lang) => lang.T(MessageFr, Message);
}

/// <summary>An input file that cannot be used (not found, binary, no posting); the message in both languages. Nothing is done: exit 2.</summary>
internal sealed class InputException(string fr, string en) : Exception(en)
{
    public string MessageFr { get; } = fr;

    public string Text(Lang lang) => lang.T(MessageFr, Message);
}
