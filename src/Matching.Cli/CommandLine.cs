using Matching.Serialization;

namespace Matching.Cli;

/// <summary>Dispatches the command line to one command. Exit codes: 0 done, 1 done but some input was left out, 2 nothing done.</summary>
internal static class CommandLine
{
    public const string Usage = """
        usage:
          matching rank POSTING CANDIDATES [--json | --csv] [--top N] [--lang fr|en] [--reference-date YYYY-MM-DD] [--weights FILE]
          matching parse FILE [--json]
          matching demo [--lang fr|en] [--top N]
          matching train DECISIONS.json --out WEIGHTS.json [--seed N] [--holdout 0.25] [--reference-date YYYY-MM-DD]
        POSTING: a posting text, or a JSON file {"postings":[...]}. CANDIDATES: a JSON array of profiles, or .jsonl.
        """;

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
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
                _ => throw new UsageException($"unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"matching: {e.Message}");
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (MatchingFormatException e)
        {
            foreach (var err in e.Errors) stderr.WriteLine($"matching: {err}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"matching: {e.Message}");
            return 2;
        }
    }
}
