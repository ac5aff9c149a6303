namespace Matching.Cli;

/// <summary>Dispatches the command line to one command.</summary>
internal static class CommandLine
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("usage: matching rank|parse|demo ...");
        return 2;
    }
}
