using System.Text;
using Matching.Cli;

namespace Matching.Tests.Cli;

/// <summary>A scratch folder for input files, and the command line run in process.</summary>
public abstract class CliFixture : IDisposable
{
    /// <summary>The scratch folder, deleted after each test.</summary>
    protected string Dir { get; } = Directory.CreateTempSubdirectory("matching-cli-").FullName;

    /// <summary>Deletes the scratch folder.</summary>
    public void Dispose()
    {
        Directory.Delete(Dir, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Writes a UTF-8 file in the scratch folder; returns its path.</summary>
    protected string File(string name, string content) => File(name, Encoding.UTF8.GetBytes(content));

    /// <summary>Writes a file in the scratch folder; returns its path.</summary>
    protected string File(string name, byte[] content)
    {
        var path = Path.Combine(Dir, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Runs the command line; returns its exit code, standard output and standard error.</summary>
    protected static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
