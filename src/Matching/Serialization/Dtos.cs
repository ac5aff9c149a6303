using System.Text.Json;
using System.Text.Json.Serialization;

namespace Matching.Serialization;

// Wire shapes of the v1 JSON formats (docs/formats.md). Strings stay strings here; the mappers
// validate them, so an error can name the item and the field.

internal sealed class PostingsDocumentDto
{
    public List<PostingDto?>? Postings { get; set; }
}

internal sealed class PostingDto
{
    public string? Title { get; set; }
    public string? Organization { get; set; }
    public int? Positions { get; set; }
    public List<string?>? Locations { get; set; }
    public string? ContractType { get; set; }
    public double? DurationMonths { get; set; }
    public string? StartDate { get; set; }
    public string? Deadline { get; set; }
    public string? Gender { get; set; }
    public bool? WomenEncouraged { get; set; }
    public EducationRequirementDto? Education { get; set; }
    public ExperienceRequirementDto? Experience { get; set; }
    public List<LanguageGroupDto?>? Languages { get; set; }
    public List<LicenceRequirementDto?>? Licences { get; set; }
    public List<string?>? Skills { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AreaRequirementDto? AreasToKnow { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Nationality { get; set; }
}

internal sealed class EducationRequirementDto
{
    public string? MinLevel { get; set; }
    public List<string?>? Fields { get; set; }
    public bool? Required { get; set; }
}

internal sealed class ExperienceRequirementDto
{
    public double? MinYears { get; set; }
    public bool? Required { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool RelevantOnly { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Domain { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ScopedExperienceDto?>? Scoped { get; set; }
}

internal sealed class ScopedExperienceDto
{
    public double? MinYears { get; set; }
    public string? Description { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OrgType { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool SimilarPost { get; set; }
}

internal sealed class LanguageGroupDto
{
    public List<string?>? AnyOf { get; set; }
    public bool? Required { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MinLevel { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Modes { get; set; }
}

internal sealed class LicenceRequirementDto
{
    public string? Category { get; set; }
    public bool? Required { get; set; }
}

internal sealed class AreaRequirementDto
{
    public List<string?>? Areas { get; set; }
    public bool? Required { get; set; }
}

internal sealed class CandidateDto
{
    public string? Id { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Gender { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Nationality { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Home { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? AreasKnown { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<EducationEntryDto?>? Education { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ExperienceEntryDto?>? Experience { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<LanguageSkillDto?>? Languages { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Licences { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Skills { get; set; }
}

internal sealed class EducationEntryDto
{
    public string? Level { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Field { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; set; }
}

internal sealed class ExperienceEntryDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Organization { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OrgType { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Domain { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Start { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? End { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Months { get; set; }
}

internal sealed class LanguageSkillDto
{
    public string? Key { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Level { get; set; }
}

internal sealed class RankingsDocumentDto
{
    public List<RankingDto> Rankings { get; set; } = new();
}

internal sealed class RankingDto
{
    public RankedPostingDto Posting { get; set; } = new();
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReferenceDate { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? IsOpen { get; set; }
    public int CandidateCount { get; set; }
    public int EligibleCount { get; set; }
    public List<ResultDto> Results { get; set; } = new();
}

internal sealed class RankedPostingDto
{
    public string Title { get; set; } = "";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Organization { get; set; }
    public List<string> Locations { get; set; } = new();
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Deadline { get; set; }
}

internal sealed class ResultDto
{
    public int Rank { get; set; }
    public string Id { get; set; } = "";
    public double Score { get; set; }
    public bool Eligible { get; set; }
    public bool NearMiss { get; set; }
    public bool NeedsReview { get; set; }
    public int MissedRequired { get; set; }
    public string Summary { get; set; } = "";
    public List<CriterionDto> Criteria { get; set; } = new();
}

internal sealed class CriterionDto
{
    public string Criterion { get; set; } = "";
    public bool Required { get; set; }
    public string Outcome { get; set; } = "";
    public double Score { get; set; }
    public double Weight { get; set; }
    public bool NearMiss { get; set; }
    public string Expected { get; set; } = "";
    public string Observed { get; set; } = "";
    public string Explanation { get; set; } = "";
}

internal sealed class WeightsDto
{
    public double? Education { get; set; }
    public double? Experience { get; set; }
    public double? Languages { get; set; }
    public double? Licences { get; set; }
    public double? Location { get; set; }
    public double? Areas { get; set; }
    public double? Skills { get; set; }
    public double? Gender { get; set; }
    public double? Nationality { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(PostingsDocumentDto))]
[JsonSerializable(typeof(PostingDto))]
[JsonSerializable(typeof(CandidateDto))]
[JsonSerializable(typeof(List<CandidateDto>))]
[JsonSerializable(typeof(RankingsDocumentDto))]
[JsonSerializable(typeof(WeightsDto))]
internal sealed partial class MatchingJsonContext : JsonSerializerContext
{
}
