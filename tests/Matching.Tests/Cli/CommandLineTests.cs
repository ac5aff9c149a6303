using System.Text.Json;
using Matching.Cli;
using Xunit;

namespace Matching.Tests.Cli;

public sealed class CommandLineTests : CliFixture
{
    private const string PostingJson = """
        { "postings": [ {
          "title": "Gestionnaire de cas", "organization": "INTERSOS", "locations": ["Kolondiéba"], "deadline": "2026-02-20",
          "education": { "minLevel": "bac+3", "fields": ["travail social", "psychologie"], "required": true },
          "experience": { "minYears": 3, "required": true },
          "languages": [ { "anyOf": ["french"], "required": true }, { "anyOf": ["local"], "required": false } ],
          "skills": ["word", "excel"] } ] }
        """;

    private const string CandidatesJson = """
        [ { "id": "c-001", "home": "Kolondiéba",
            "education": [ { "level": "bac+3", "field": "travail social" } ],
            "experience": [ { "title": "Gestionnaire de cas VBG", "organization": "IRC", "orgType": "ingo", "start": "2019-03", "end": "2023-07" } ],
            "languages": [ { "key": "french", "level": "fluent" }, { "key": "bambara", "level": "native" } ],
            "skills": ["word"] },
          { "id": "=HYPERLINK(\"http://x\")", "education": [], "experience": [], "languages": [ { "key": "french" } ] },
          { "id": "c-003", "education": [ { "level": "bac+2", "field": "psychologie" } ], "experience": [ { "months": 40 } ], "languages": [ { "key": "french" } ] } ]
        """;

    [Fact]
    public void Run_RankPostingAndCandidates_WritesTable()
    {
        var (code, output, _) = Run("rank", File("poste.json", PostingJson), File("cv.json", CandidatesJson), "--reference-date", "2026-01-15");
        Assert.Equal(0, code);
        Assert.Contains("== Gestionnaire de cas — INTERSOS — Kolondiéba ==", output);
        Assert.Contains("Offre ouverte | 3 candidats, 1 éligible", output);
        Assert.Contains("c-001", output);
        Assert.True(output.IndexOf("c-001", StringComparison.Ordinal) < output.IndexOf("c-003", StringComparison.Ordinal));
        Assert.Contains("Diplôme (requis)", output);
    }

    [Fact]
    public void Run_RankEnglish_EnglishTable()
    {
        var (code, output, _) = Run("rank", File("poste.json", PostingJson), File("cv.json", CandidatesJson), "--lang", "en", "--reference-date", "2026-03-01");
        Assert.Equal(0, code);
        Assert.Contains("Posting closed (deadline 2026-02-20)", output);
        Assert.Contains("Education (required)", output);
    }

    [Fact]
    public void Run_RankJson_ValidJsonWithResults()
    {
        var (code, output, _) = Run("rank", File("poste.json", PostingJson), File("cv.json", CandidatesJson), "--json", "--top", "2");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var results = doc.RootElement.GetProperty("rankings")[0].GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        Assert.Equal("c-001", results[0].GetProperty("id").GetString());
        Assert.True(results[0].GetProperty("eligible").GetBoolean());
        Assert.Equal(3, doc.RootElement.GetProperty("rankings")[0].GetProperty("candidateCount").GetInt32());
    }

    [Fact]
    public void Run_RankCsv_BomSemicolonsDecimalCommaCrlfAndFormulasNeutralised()
    {
        var (code, output, _) = Run("rank", File("poste.json", PostingJson), File("cv.json", CandidatesJson), "--csv");
        Assert.Equal(0, code);
        Assert.Equal('\uFEFF', output[0]);
        var lines = output[1..].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.DoesNotContain('\n', output.Replace("\r\n", ""));
        Assert.StartsWith("Poste;Rang;Id;Score;Éligible", lines[0]);
        var first = lines[1].Split(';');
        Assert.Equal("c-001", first[2]);
        Assert.Matches(@"^[01],\d{3}$", first[3]);
        var formula = lines.Single(l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(";\"'=HYPERLINK(\"\"http://x\"\")\";", formula);
        Assert.DoesNotContain(";=", formula);
    }

    [Fact]
    public void Run_BadCandidate_ExitOneErrorNamesFileItemFieldOthersRanked()
    {
        var cv = File("cv.json", """
            [ { "id": "c-001", "experience": [ { "title": "Comptable", "start": "2019-01", "end": "2020-06" } ] },
              { "id": "c-002", "experience": [ { "title": "Infirmier", "start": "2019-13" } ] } ]
            """);
        var (code, output, err) = Run("rank", File("poste.json", PostingJson), cv, "--json");
        Assert.Equal(1, code);
        Assert.Contains($"{cv}: c-002: experience[0].start", err);
        using var doc = JsonDocument.Parse(output);
        var results = doc.RootElement.GetProperty("rankings")[0].GetProperty("results");
        Assert.Equal("c-001", Assert.Single(results.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public void Run_MissingFile_ExitTwoWithMessage()
    {
        var missing = Path.Combine(Dir, "absent.json");
        var (code, _, err) = Run("rank", File("poste.json", PostingJson), missing);
        Assert.Equal(2, code);
        Assert.Contains($"{missing}: fichier introuvable", err);
    }

    [Fact]
    public void Run_UnknownOption_ExitTwo()
    {
        var (code, _, err) = Run("rank", File("poste.json", PostingJson), File("cv.json", CandidatesJson), "--classement", "x");
        Assert.Equal(2, code);
        Assert.Contains("option inconnue --classement", err);
    }

    [Theory]
    [InlineData("--top", "0")]
    [InlineData("--lang", "bm")]
    [InlineData("--reference-date", "15/01/2026")]
    public void Run_BadOptionValue_ExitTwo(string option, string value)
        => Assert.Equal(2, Run("rank", File("poste.json", PostingJson), File("cv.json", CandidatesJson), option, value).Code);

    [Fact]
    public void Run_UnknownCommandOrNoArguments_ExitTwo()
    {
        Assert.Equal(2, Run("classer").Code);
        Assert.Equal(2, Run().Code);
        Assert.Equal(0, Run("--help").Code);
    }

    [Fact]
    public void Run_CandidatesNotAnArray_ExitTwoNamingFile()
    {
        var cv = File("cv.json", """{ "id": "c-001" }""");
        var (code, _, err) = Run("rank", File("poste.json", PostingJson), cv);
        Assert.Equal(2, code);
        Assert.Contains(cv, err);
    }

    [Fact]
    public void Run_JsonLinesCandidates_Ranked()
    {
        var cv = File("cv.jsonl", "{\"id\":\"c-1\",\"languages\":[{\"key\":\"french\"}]}\n{\"id\":\"c-2\"}\n");
        var (code, output, _) = Run("rank", File("poste.json", PostingJson), cv, "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetProperty("rankings")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Rank_NoDateToCountUpTo_OngoingJobsCountedUpToToday()
    {
        var posting = File("sans-date.json", """{ "postings": [ { "title": "Chargé de protection", "experience": { "minYears": 2, "required": true } } ] }""");
        var candidates = File("en-cours.json", """[ { "id": "c-1", "experience": [ { "title": "Chargé de protection", "start": "2015-01" } ] } ]""");
        var (code, output, _) = Run("rank", posting, candidates, "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"eligible\": true", output);
    }
}
