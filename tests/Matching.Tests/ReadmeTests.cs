using Xunit;

namespace Matching.Tests;

public class ReadmeTests
{
    [Fact]
    public void QuickStart_ReadmeBlock_IsTheCompiledConsumerCode()
    {
        var source = File.ReadAllText(RepositoryFiles.Path("tests", "Matching.PackageTests", "QuickStart.cs"));
        const string open = "// <quick-start>\n", close = "// </quick-start>";
        var start = source.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var code = source[start..source.IndexOf(close, StringComparison.Ordinal)].TrimEnd('\n');
        var readme = File.ReadAllText(RepositoryFiles.Path("README.md"));

        Assert.Contains("```csharp\n" + code + "\n```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void SetUp_ReadmeCommands_AreTheDemoAndTheTestsThatCiRuns()
    {
        var readme = File.ReadAllText(RepositoryFiles.Path("README.md"));
        var ci = File.ReadAllText(RepositoryFiles.Path(".ci", "run"));

        Assert.Contains("dotnet run --project src/Matching.Cli -- demo", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test tests/Matching.Tests\n", readme, StringComparison.Ordinal);
        Assert.Contains("\ndotnet test tests/Matching.Tests\n", ci, StringComparison.Ordinal);
    }
}
