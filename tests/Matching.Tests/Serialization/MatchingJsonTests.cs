using Matching.Model;
using Matching.Scoring;
using Matching.Serialization;
using Xunit;

namespace Matching.Tests.Serialization;

public sealed class MatchingJsonTests
{
    /// <summary>The candidate example of the profile format (SCHEMA.md).</summary>
    private const string SchemaCandidate = """
        [{ "id": "c-017",
          "gender": "female",
          "home": "Sévaré",
          "areasKnown": ["Mopti", "Bandiagara"],
          "education": [ { "level": "bac+5", "field": "psychologie", "title": "Master en psychologie clinique" } ],
          "experience": [ { "title": "Gestionnaire de cas VBG", "organization": "IRC", "orgType": "ingo",
                            "domain": "protection", "start": "2019-03", "end": "2022-07" },
                          { "title": "Animatrice", "organization": "AMSS", "orgType": "ngo", "months": 18 } ],
          "languages": [ { "key": "french", "level": "fluent" }, { "key": "bambara", "level": "native" } ],
          "licences": ["A", "B"],
          "skills": ["word", "excel"] }]
        """;

    /// <summary>A posting assembled from the field examples of the extraction format (SCHEMA.md).</summary>
    private const string SchemaPosting = """
        { "postings": [ {
          "title": "Gestionnaire de cas", "organization": "INTERSOS", "positions": 1, "locations": ["Kolondiéba"],
          "contractType": "CDD", "durationMonths": 8, "startDate": "immediate", "deadline": "2026-02-20",
          "gender": "female", "womenEncouraged": true,
          "education": { "minLevel": "bac+3", "fields": ["sciences sociales", "travail social", "psychologie"], "required": true },
          "experience": { "minYears": 3, "required": true },
          "languages": [ { "anyOf": ["french"], "required": true },
                         { "anyOf": ["bambara", "dogon", "fula", "songhay"], "required": false } ],
          "licences": [ { "category": "A", "required": true } ],
          "skills": ["word", "excel", "internet"] } ] }
        """;

    [Fact]
    public void ReadCandidates_SchemaExample_AllFieldsRead()
    {
        var batch = MatchingJson.ReadCandidates(SchemaCandidate, "candidats.json");
        Assert.Empty(batch.Errors);
        var c = Assert.Single(batch.Candidates);
        Assert.Equal("c-017", c.Id);
        Assert.Equal(Sex.Female, c.Gender);
        Assert.Equal("Sévaré", c.Home);
        Assert.Equal(["Mopti", "Bandiagara"], c.AreasKnown!);
        Assert.Equal(new EducationEntry(DiplomaLevel.Bac5, "psychologie", "Master en psychologie clinique"), c.Education![0]);
        Assert.Equal(new YearMonth(2019, 3), c.Experience![0].Start);
        Assert.Equal(new YearMonth(2022, 7), c.Experience[0].End);
        Assert.Equal(OrganizationType.Ingo, c.Experience[0].OrganizationType);
        Assert.Equal(18, c.Experience[1].Months);
        Assert.Equal(new LanguageSkill(LanguageKey.Parse("bambara"), LanguageLevel.Native), c.Languages![1]);
        Assert.Equal([LicenceCategory.A, LicenceCategory.B], c.Licences!);
        Assert.Equal(["word", "excel"], c.Skills!);
        Assert.Null(c.Nationality);
    }

    [Fact]
    public void ReadPostings_SchemaExample_AllFieldsRead()
    {
        var p = Assert.Single(MatchingJson.ReadPostings(SchemaPosting, "poste.json"));
        Assert.Equal("Gestionnaire de cas", p.Title);
        Assert.Equal(ContractType.Cdd, p.ContractType);
        Assert.True(p.Start!.Value.IsImmediate);
        Assert.Equal(new DateOnly(2026, 2, 20), p.Deadline);
        Assert.Equal(Sex.Female, p.ReservedTo);
        Assert.True(p.WomenEncouraged);
        Assert.Equal(DiplomaLevel.Bac3, p.Education!.MinLevel);
        Assert.Equal(3, p.Experience!.MinYears);
        Assert.Equal(Necessity.Preferred, p.Languages[1].Necessity);
        Assert.Equal(4, p.Languages[1].AnyOf.Count);
        Assert.Equal(new LicenceRequirement(LicenceCategory.A), p.Licences[0]);
    }

    [Fact]
    public void WritePostings_Read_SameFields()
    {
        var p = Scoring.SeedPostings.OfficierProtection with
        {
            Start = StartDate.On(new DateOnly(2024, 3, 15)), ContractType = ContractType.Cdd, DurationMonths = 12, Positions = 2,
            Nationality = "malienne", AreasToKnow = new AreaRequirement(["Mopti", "Bandiagara"], Necessity.Preferred),
            Languages = [new LanguageGroup([LanguageKey.French], Necessity.Required, LanguageLevel.Fluent, LanguageModes.Written | LanguageModes.Spoken)],
        };
        var back = Assert.Single(MatchingJson.ReadPostings(MatchingJson.WritePostings([p])));
        RoundTrip.AssertSame(p, back);
    }

    [Fact]
    public void WriteCandidates_Read_SameFields()
    {
        var c = MatchingJson.ReadCandidates(SchemaCandidate).Candidates[0] with { Name = "Mariam Diallo", Nationality = "malienne" };
        var back = Assert.Single(MatchingJson.ReadCandidates(MatchingJson.WriteCandidates([c])).Candidates);
        RoundTrip.AssertSame(c, back);
    }

    [Fact]
    public void WriteWeights_Read_Equal()
    {
        var w = new MatchWeights { Education = 0.4, Experience = 0.35, Languages = 0.1, Licences = 0, Location = 0.05, Areas = 0.02, Skills = 0.08, Gender = 0, Nationality = 1.5 };
        Assert.Equal(w, MatchingJson.ReadWeights(MatchingJson.WriteWeights(w)));
    }

    [Fact]
    public void ReadWeights_Negative_ErrorNamesSourceAndField()
    {
        var e = Assert.Throws<MatchingFormatException>(() => MatchingJson.ReadWeights("""{ "education": -1 }""", "poids.json"));
        var err = Assert.Single(e.Errors);
        Assert.Equal("poids.json", err.Source);
        Assert.Equal("education", err.Field);
    }

    [Fact]
    public void ReadCandidates_OneBadMonth_ErrorNamesSourceItemFieldAndOthersKept()
    {
        const string json = """
            [ { "id": "c-1", "experience": [ { "title": "Comptable", "start": "2019-01", "end": "2020-06" } ] },
              { "id": "c-2", "experience": [ { "title": "Agent de protection", "start": "2019-13" } ] },
              { "id": "c-3", "licences": ["B"] } ]
            """;
        var batch = MatchingJson.ReadCandidates(json, "candidats.json");
        Assert.Equal(["c-1", "c-3"], batch.Candidates.Select(c => c.Id));
        var err = Assert.Single(batch.Errors);
        Assert.Equal("candidats.json", err.Source);
        Assert.Equal("c-2", err.Item);
        Assert.Equal("experience[0].start", err.Field);
        Assert.Contains("candidats.json: c-2: experience[0].start", err.ToString());
    }

    [Fact]
    public void ReadCandidates_WrongType_ErrorNamesIdAndPath()
    {
        const string json = """[ { "id": "c-9", "experience": [ { "title": "Infirmier", "months": "douze" } ] }, { "id": "c-10" } ]""";
        var batch = MatchingJson.ReadCandidates(json, "cv.json");
        Assert.Equal(["c-10"], batch.Candidates.Select(c => c.Id));
        var err = Assert.Single(batch.Errors);
        Assert.Equal("c-9", err.Item);
        Assert.Equal("experience[0].months", err.Field);
    }

    [Fact]
    public void ReadCandidates_MissingId_ErrorNamesIndex()
    {
        var batch = MatchingJson.ReadCandidates("""[ { "id": "c-1" }, { "home": "Mopti" } ]""", "cv.json");
        var err = Assert.Single(batch.Errors);
        Assert.Equal("[1]", err.Item);
        Assert.Equal("id", err.Field);
        Assert.Single(batch.Candidates);
    }

    [Fact]
    public void ReadCandidates_DuplicateId_SecondRejected()
    {
        var batch = MatchingJson.ReadCandidates("""[ { "id": "c-1" }, { "id": "c-1" } ]""", "cv.json");
        Assert.Single(batch.Candidates);
        Assert.Contains("[0]", Assert.Single(batch.Errors).Message);
    }

    [Fact]
    public void ReadCandidates_UnknownLanguage_ErrorNamesField()
    {
        var batch = MatchingJson.ReadCandidates("""[ { "id": "c-1", "languages": [ { "key": "french" }, { "key": "klingon" } ] } ]""", "cv.json");
        Assert.Equal("languages[1].key", Assert.Single(batch.Errors).Field);
        Assert.Empty(batch.Candidates);
    }

    [Fact]
    public void ReadCandidates_JsonLinesWithBrokenLine_OthersKept()
    {
        const string jsonl = "{\"id\":\"c-1\",\"home\":\"Mopti\"}\n{\"id\":\"c-2\",\"home\":\n\n{\"id\":\"c-3\",\"licences\":[\"A\"]}\n";
        var batch = MatchingJson.ReadCandidates(jsonl, "cv.jsonl", jsonLines: true);
        Assert.Equal(["c-1", "c-3"], batch.Candidates.Select(c => c.Id));
        var err = Assert.Single(batch.Errors);
        Assert.Equal("line 2", err.Item);
        Assert.Equal("cv.jsonl", err.Source);
    }

    [Theory]
    [InlineData("""{ "id": "c-1" }""")]
    [InlineData("\"c-1\"")]
    public void ReadCandidates_RootNotArray_MatchingFormatException(string json)
    {
        var e = Assert.Throws<MatchingFormatException>(() => MatchingJson.ReadCandidates(json, "cv.json"));
        Assert.Equal("cv.json", Assert.Single(e.Errors).Source);
    }

    [Fact]
    public void ReadCandidates_BrokenJson_MatchingFormatExceptionWithLine()
    {
        var e = Assert.Throws<MatchingFormatException>(() => MatchingJson.ReadCandidates("[\n{ \"id\": \"c-1\" },\n{ \"id\": ", "cv.json"));
        Assert.Contains("cv.json", e.Message);
        Assert.StartsWith("line", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public void ReadPostings_BadLevel_ErrorNamesPostingAndField()
    {
        var e = Assert.Throws<MatchingFormatException>(() => MatchingJson.ReadPostings("""{ "postings": [ { "title": "Comptable", "education": { "minLevel": "licence" } } ] }""", "poste.json"));
        var err = Assert.Single(e.Errors);
        Assert.Equal("postings[0]", err.Item);
        Assert.Equal("education.minLevel", err.Field);
        Assert.Equal("poste.json", err.Source);
    }

    [Fact]
    public void ReadPostings_NoPostingsArray_MatchingFormatException()
        => Assert.Throws<MatchingFormatException>(() => MatchingJson.ReadPostings("""{ "title": "Comptable" }""", "poste.json"));

    [Fact]
    public void WriteRankings_Ranking_HasResultsWithCriteria()
    {
        var c = MatchingJson.ReadCandidates(SchemaCandidate).Candidates;
        var json = MatchingJson.WriteRankings([Matcher.Rank(c, Scoring.SeedPostings.GestionnaireDeCas, Scoring.SeedPostings.Options())]);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var result = doc.RootElement.GetProperty("rankings")[0].GetProperty("results")[0];
        Assert.Equal("c-017", result.GetProperty("id").GetString());
        Assert.Equal(1, result.GetProperty("rank").GetInt32());
        var criteria = result.GetProperty("criteria").EnumerateArray().Select(x => x.GetProperty("criterion").GetString()).ToList();
        Assert.Contains("education", criteria);
        Assert.Contains("gender", criteria);
    }
}
