using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matching.Extraction;
using Matching.Model;

namespace Matching.Tests.Extraction;

/// <summary>Writes postings in the interchange format of SCHEMA.md (a private writer for the tests).</summary>
internal static class ExtractionJson
{
    public static JsonObject Write(Posting p) => new()
    {
        ["title"] = p.Title,
        ["organization"] = p.Organization,
        ["positions"] = p.Positions,
        ["locations"] = new JsonArray(p.Locations.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
        ["contractType"] = p.ContractType switch
        {
            ContractType.Cdd => "CDD",
            ContractType.Cdi => "CDI",
            ContractType.Stage => "stage",
            ContractType.Consultance => "consultance",
            ContractType.Volontariat => "volontariat",
            _ => null,
        },
        ["durationMonths"] = p.DurationMonths,
        ["startDate"] = p.Start?.ToString(),
        ["deadline"] = p.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["gender"] = p.ReservedTo switch { Sex.Female => "female", Sex.Male => "male", _ => null },
        ["womenEncouraged"] = p.WomenEncouraged,
        ["education"] = p.Education is { } e
            ? new JsonObject
            {
                ["minLevel"] = e.MinLevel?.ToKey(),
                ["fields"] = new JsonArray(e.Fields.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
                ["required"] = e.Necessity == Necessity.Required,
            }
            : null,
        ["experience"] = p.Experience is { } x
            ? new JsonObject { ["minYears"] = x.MinYears, ["required"] = x.Necessity == Necessity.Required }
            : null,
        ["languages"] = new JsonArray(p.Languages.Select(g => (JsonNode?)new JsonObject
        {
            ["anyOf"] = new JsonArray(g.AnyOf.Select(k => (JsonNode?)JsonValue.Create(k.Value)).ToArray()),
            ["required"] = g.Necessity == Necessity.Required,
        }).ToArray()),
        ["licences"] = new JsonArray(p.Licences.Select(l => (JsonNode?)new JsonObject
        {
            ["category"] = l.Category.ToString(),
            ["required"] = l.Necessity == Necessity.Required,
        }).ToArray()),
        ["skills"] = new JsonArray(p.Skills.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
    };

    public static string Write(ParseResult result)
    {
        var doc = new JsonObject { ["postings"] = new JsonArray(result.Postings.Select(p => (JsonNode?)Write(p.Posting)).ToArray()) };
        return doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
