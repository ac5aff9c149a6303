using System.Globalization;
using System.IO.Compression;

namespace Matching.Places;

/// <summary>Reads the embedded gazetteer files (<c>Resources/places/*.tsv.gz</c>, 11 tab-separated columns).</summary>
internal static class GazetteerData
{
    public const string MaliFile = "places/places-ml.tsv.gz";
    public const string WestAfricaFile = "places/places-westafrica.tsv.gz";

    /// <summary>All rows of the Mali file, then of the West Africa file, header excluded.</summary>
    public static IEnumerable<string[]> ReadEmbedded() => ReadTsv(MaliFile).Concat(ReadTsv(WestAfricaFile));

    /// <summary>Builds a place from a row; <see langword="null"/> when the row is malformed.</summary>
    public static Place? ToPlace(string[] row)
    {
        if (row.Length < 10 || row[0].Length == 0) return null;
        if (!double.TryParse(row[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(row[6], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
        {
            return null;
        }
        int? population = int.TryParse(row[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop) && pop > 0 ? pop : null;
        var kind = row[9] switch
        {
            "PPLC" => PlaceKind.Capital,
            "PPLA" => PlaceKind.RegionSeat,
            "PPLA2" => PlaceKind.CercleSeat,
            "PPL" => PlaceKind.Town,
            "PPLX" => PlaceKind.Quarter,
            _ => PlaceKind.Other,
        };
        return new Place(
            Name: row[0],
            CountryCode: row[2],
            Region: row[3],
            Cercle: row[4].Length == 0 ? null : row[4],
            Region2023: row.Length > 10 && row[10].Length > 0 ? row[10] : null,
            Latitude: lat,
            Longitude: lon,
            Population: population,
            Kind: kind,
            SourceId: row[8]);
    }

    /// <summary>The name and the alternate names of a row, in file order.</summary>
    public static string[] Spellings(string[] row)
    {
        var alternates = row[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var all = new string[alternates.Length + 1];
        all[0] = row[0];
        alternates.CopyTo(all, 1);
        return all;
    }

    private static IEnumerable<string[]> ReadTsv(string name)
    {
        using var reader = Open(name);
        reader.ReadLine();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    // The csproj names resources after %(RecursiveDir), whose separator is the build machine's: try both.
    private static StreamReader Open(string name)
    {
        var assembly = typeof(GazetteerData).Assembly;
        var stream = assembly.GetManifestResourceStream("Matching.Resources." + name)
            ?? assembly.GetManifestResourceStream("Matching.Resources." + name.Replace('/', '\\'))
            ?? assembly.GetManifestResourceStream("Matching.Resources." + name.Replace('/', '.'))
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the Matching assembly.");
        return new StreamReader(new GZipStream(stream, CompressionMode.Decompress), System.Text.Encoding.UTF8);
    }
}
