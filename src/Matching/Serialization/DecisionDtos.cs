using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matching.Serialization;

// Wire shapes of the decisions format (docs/learning.md): the postings in the extraction format,
// the candidates as profiles, and the decisions that point at them.

internal sealed class DecisionsDocumentDto
{
    public List<PostingDto?>? Postings { get; set; }
    public List<CandidateDto?>? Candidates { get; set; }
    public List<DecisionDto?>? Decisions { get; set; }
}

internal sealed class DecisionDto
{
    public int? Posting { get; set; }
    public string? Candidate { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Grade { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Shortlisted { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(DecisionsDocumentDto))]
internal sealed partial class DecisionJsonContext : JsonSerializerContext
{
}
