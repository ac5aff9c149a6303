using System.Text;
using Matching.Serialization;

namespace Matching.Cli;

/// <summary>Dispatches the command line to one command. Exit codes: 0 done, 1 done but some input was left out, 2 nothing done.</summary>
internal static class CommandLine
{
    public const string Usage = """
        usage:
          matching rank POSTING CANDIDATES [--json | --csv] [--top N] [--lang fr|en] [--reference-date YYYY-MM-DD] [--weights FILE]
          matching parse FILE [--json] [--lang fr|en]
          matching demo [--json | --csv] [--top N] [--lang fr|en] [--reference-date YYYY-MM-DD] [--weights FILE]
          matching train DECISIONS.json --out WEIGHTS.json [--seed N] [--holdout 0.25] [--reference-date YYYY-MM-DD] [--lang fr|en]
        POSTING: a posting text, or a JSON file {"postings":[...]}. CANDIDATES: a JSON array of profiles, or .jsonl.
        Messages are in French unless --lang en.
        """;

    public const string UsageFr = """
        usage :
          matching rank OFFRE CANDIDATS [--json | --csv] [--top N] [--lang fr|en] [--reference-date AAAA-MM-JJ] [--weights FICHIER]
          matching parse FICHIER [--json] [--lang fr|en]
          matching demo [--json | --csv] [--top N] [--lang fr|en] [--reference-date AAAA-MM-JJ] [--weights FICHIER]
          matching train DECISIONS.json --out POIDS.json [--seed N] [--holdout 0.25] [--reference-date AAAA-MM-JJ] [--lang fr|en]
        OFFRE : le texte d'une offre, ou un fichier JSON {"postings":[...]}. CANDIDATS : un tableau JSON de profils, ou un fichier .jsonl.
        Messages en français, en anglais avec --lang en.
        """;

    /// <summary>The entry point: UTF-8 without byte-order mark on stdout (the CSV writer adds its own), then the command.</summary>
    public static int Start(string[] args)
    {
        SetUpConsole();
        return Run(args);
    }

    /// <summary>Makes the console write UTF-8, so that accents survive Windows consoles and redirections.</summary>
    public static void SetUpConsole() => Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var lang = Lang.Of(args);
        var usage = lang.T(UsageFr, Usage);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            var rest = args.Skip(1);
            return args[0] switch
            {
                "rank" => RankCommand.Run(rest, stdout, stderr),
                "parse" => ParseCommand.Run(rest, stdout, stderr),
                "demo" => DemoCommand.Run(rest, stdout, stderr),
                "train" => TrainCommand.Run(rest, stdout, stderr),
                _ => throw new UsageException($"commande inconnue « {args[0]} ».", $"unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"matching: {e.Text(lang)}");
            stderr.WriteLine(usage);
            return 2;
        }
        catch (InputException e)
        {
            stderr.WriteLine($"matching: {e.Text(lang)}");
            return 2;
        }
        catch (MatchingFormatException e)
        {
            foreach (var err in e.Errors) stderr.WriteLine($"matching: {lang.Error(err)}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"matching: {e.Message}");
            return 2;
        }
    }
}
