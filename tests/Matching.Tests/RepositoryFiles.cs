namespace Matching.Tests;

/// <summary>Finds files of the repository the tests run from.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Matching.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Matching.sln not found above " + AppContext.BaseDirectory);
    }
}
