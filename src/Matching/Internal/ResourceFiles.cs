using System.IO.Compression;
using System.Reflection;

namespace Matching.Internal;

/// <summary>Reads the language data embedded in the assembly.</summary>
internal static class ResourceFiles
{
    public static IEnumerable<string[]> ReadTsv(string name, bool skipHeader = true)
    {
        using var reader = Open(name);
        string? line;
        var first = true;
        while ((line = reader.ReadLine()) is not null)
        {
            if (first && skipHeader) { first = false; continue; }
            first = false;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    public static StreamReader Open(string name)
    {
        var assembly = typeof(ResourceFiles).Assembly;
        var stream = assembly.GetManifestResourceStream("Matching.Resources." + name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the Matching assembly.");
        if (name.EndsWith(".gz", StringComparison.Ordinal))
            stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
