using System.Diagnostics;
using Xunit;

namespace Matching.Tests.Cli;

/// <summary>
/// Containers often run .NET without culture data (globalization-invariant mode); the library and
/// the command line must read, rank and explain there exactly as elsewhere.
/// </summary>
public sealed class InvariantGlobalizationTests
{
    [Fact]
    public async Task Demo_WithoutCultureData_SameOutputAsWithIt()
    {
        var invariant = await RunDemo(invariant: true);
        var normal = await RunDemo(invariant: false);
        Assert.Contains("Éligible", invariant);
        Assert.Matches(@"\d,\d\d", invariant);
        Assert.Equal(normal, invariant);
    }

    private static async Task<string> RunDemo(bool invariant)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Matching.Cli.dll");
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            ArgumentList = { "exec", cli, "demo", "--top", "3" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant ? "1" : "0";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stderr);
        return stdout;
    }
}
