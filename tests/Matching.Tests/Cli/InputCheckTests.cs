using System.Text;
using System.Text.Json;
using Matching.Cli;
using Matching.Learning;
using Matching.Scoring;
using Xunit;

namespace Matching.Tests.Cli;

/// <summary>Inputs that are not what the command expects: binary files, other encodings, postings without requirements, bad candidates.</summary>
public sealed class InputCheckTests : CliFixture
{
    private const string PostingJson = """
        { "postings": [ {
          "title": "Chargé de suivi", "organization": "AMSS", "locations": ["Mopti"],
          "education": { "minLevel": "bac+3", "fields": ["travail social"], "required": true },
          "experience": { "minYears": 2, "required": true },
          "languages": [ { "anyOf": ["french"], "required": true } ] } ] }
        """;

    private const string PostingText = """
        Titre du poste : Chargée de suivi-évaluation
        Lieu d'affectation : Ségou
        Date limite : 20 février 2026
        Profil : Licence en statistique ou économie.
        Au moins 3 ans d'expérience pertinente en suivi-évaluation.
        Maîtrise de Word et Excel. Français obligatoire ; bambara souhaité.
        Permis de conduire catégorie B exigé.
        """;

    private const string CandidatesJson = """
        [ { "id": "c-001", "education": [ { "level": "bac+3", "field": "travail social" } ], "experience": [ { "months": 40 } ], "languages": [ { "key": "french" } ] },
          { "id": "c-002", "education": [], "experience": [], "languages": [ { "key": "french" } ] } ]
        """;

    // ---------- not a posting ----------

    [Fact]
    public void Rank_BinaryPosting_ExitTwoNamingTheFileAndNothingRanked()
    {
        var bytes = new byte[4000];
        new Random(7).NextBytes(bytes);
        var bin = File("bin.dat", bytes);
        var (code, output, err) = Run("rank", bin, File("cv.json", CandidatesJson));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"{bin}: ce fichier n'est pas un texte", err);
    }

    [Fact]
    public void Rank_BinaryWithoutNulBytes_ExitTwo()
    {
        var rng = new Random(3);
        var bytes = Enumerable.Range(0, 4000).Select(_ => (byte)rng.Next(1, 256)).ToArray();
        var (code, output, err) = Run("rank", File("bin.dat", bytes), File("cv.json", CandidatesJson), "--lang", "en");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("not text", err);
    }

    [Fact]
    public void Rank_BinaryCandidates_ExitTwoNamingTheFile()
    {
        var cv = File("cv.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
        var (code, output, err) = Run("rank", File("poste.json", PostingJson), cv);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"{cv}: ce fichier est une archive ZIP", err);
    }

    [Fact]
    public void Rank_Pdf_ExitTwoSayingItIsAPdf()
    {
        var pdf = File("offre.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n");
        var (code, output, err) = Run("rank", pdf, File("cv.json", CandidatesJson));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"{pdf}: ce fichier est un PDF", err);
    }

    [Theory]
    [InlineData("[{\"title\":\"Chauffeur\"}]")]
    [InlineData("  \n[ ]")]
    public void Rank_JsonArrayAsPosting_FormatErrorNotARanking(string json)
    {
        var (code, output, err) = Run("rank", File("offre.txt", json), File("cv.json", CandidatesJson));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("pas un tableau JSON", err);
        Assert.Contains("not a JSON array", Run("rank", File("offre.txt", json), File("cv.json", CandidatesJson), "--lang", "en").Err);
    }

    [Fact]
    public void Rank_SwappedArguments_FormatErrorNotARanking()
    {
        var cv = File("cv.json", CandidatesJson);
        var (code, output, err) = Run("rank", cv, File("poste.json", PostingJson));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(cv, err);
    }

    [Fact]
    public void Rank_JsonLinesOrOneCandidateAsPosting_ErrorSaysSo()
    {
        var posting = File("poste.json", PostingJson);
        var lines = Run("rank", File("cv.jsonl", "{\"id\":\"c-1\"}\n{\"id\":\"c-2\"}\n"), posting, "--lang", "en");
        Assert.Equal(2, lines.Code);
        Assert.Equal("", lines.Out);
        Assert.Contains("JSON Lines file (candidates?) cannot be a posting", lines.Err);
        var one = Run("rank", File("c.json", "{\"id\":\"c-1\"}"), posting);
        Assert.Equal(2, one.Code);
        Assert.Equal("", one.Out);
        Assert.Contains("on dirait un profil de candidat", one.Err);
    }

    [Fact]
    public void Rank_JsonExtensionThatIsNotJson_FormatError()
    {
        var (code, output, err) = Run("rank", File("offre.json", "Titre du poste : Chauffeur"), File("cv.json", CandidatesJson));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("JSON invalide", err);
    }

    [Theory]
    [InlineData("poste.json", """{"postings":[{"title":"Chauffeur"}]}""")]
    [InlineData("lettre.txt", "Bonjour,\nveuillez trouver ci-joint mon dossier.\nCordialement.")]
    public void Rank_PostingWithoutRequirement_WarningNamingTheFileAndExitTwo(string name, string content)
    {
        var path = File(name, content);
        var (code, output, err) = Run("rank", path, File("cv.json", CandidatesJson));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"{path}: ", err);
        Assert.Contains("aucun critère", err);
    }

    [Fact]
    public void Rank_OnePostingWithoutRequirement_OthersRankedExitOne()
    {
        var path = File("poste.json", """
            { "postings": [ { "title": "Chauffeur" }, { "title": "Comptable", "education": { "minLevel": "bac+2", "required": true } } ] }
            """);
        var (code, output, err) = Run("rank", path, File("cv.json", CandidatesJson), "--json", "--lang", "en");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("Comptable", Assert.Single(doc.RootElement.GetProperty("rankings").EnumerateArray()).GetProperty("posting").GetProperty("title").GetString());
        Assert.Contains("'Chauffeur' sets no requirement", err);
    }

    [Fact]
    public void Rank_EmptyPostingsArray_ErrorNoPosting()
    {
        var (code, output, err) = Run("rank", File("poste.json", """{"postings":[]}"""), File("cv.json", CandidatesJson), "--lang", "en");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("no posting", err);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Parse_EmptyText_MessageAndExitTwo(string text)
    {
        var path = File("vide.txt", text);
        var (code, output, err) = Run("parse", path);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"{path}: aucune offre", err);
    }

    [Fact]
    public void Parse_Binary_MessageAndExitTwo()
    {
        var (code, output, err) = Run("parse", File("x.bin", [0x00, 0x01, 0x02, 0x41, 0x00]), "--json");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("binaire", err);
    }

    // ---------- encodings ----------

    [Fact]
    public void Parse_Windows1252Text_ReadAsUtf8WouldBeWithANote()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var utf8 = Run("parse", File("utf8.txt", PostingText), "--json");
        var latin = Run("parse", File("latin.txt", Encoding.GetEncoding(1252).GetBytes(PostingText)), "--json");
        Assert.Equal(0, utf8.Code);
        Assert.Contains("Ségou", utf8.Out);
        Assert.Equal(utf8.Out, latin.Out);
        Assert.Contains("Windows-1252", latin.Err);
        Assert.DoesNotContain("Windows-1252", utf8.Err);
    }

    [Fact]
    public void Decode_BomAndUtf16_Read()
    {
        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Diplôme")).ToArray();
        Assert.Equal("Diplôme", Inputs.Decode(bom, "a.txt", Lang.French, TextWriter.Null));
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Diplôme")).ToArray();
        Assert.Equal("Diplôme", Inputs.Decode(utf16, "a.txt", Lang.French, TextWriter.Null));
    }

    [Fact]
    public void LooksBinary_TextWithAFewOddCharacters_IsText()
    {
        Assert.False(Inputs.LooksBinary("Chargé de suivi\u0007 à Ségou, \uFFFD une fois, " + new string('x', 200)));
        Assert.True(Inputs.LooksBinary("ab\u0001\u0002\u0003\u0004cd"));
    }

    // ---------- messages ----------

    [Fact]
    public void Messages_FrenchByDefaultEnglishWithLangEn()
    {
        var posting = File("poste.json", PostingJson);
        var cv = File("cv.json", CandidatesJson);
        Assert.Contains("option inconnue --classement", Run("rank", posting, cv, "--classement", "x").Err);
        Assert.Contains("unknown option --classement", Run("rank", posting, cv, "--classement", "x", "--lang", "en").Err);
        var fr = Run("rank", posting, Path.Combine(Dir, "absent.json"));
        Assert.Contains("fichier introuvable", fr.Err);
        var en = Run("rank", posting, Path.Combine(Dir, "absent.json"), "--lang", "en");
        Assert.Contains("file not found", en.Err);
        Assert.Contains("usage :", Run("classer").Err);
        Assert.Contains("OFFRE", Run().Err);
        Assert.Contains("POSTING", Run("--help", "--lang", "en").Out);
    }

    [Fact]
    public void Parse_Diagnostics_CodeAndMessageInTheLanguageAsked()
    {
        var path = File("offre.txt", "Titre du poste : Animateur\nDate limite : 31 février 2026\nLicence en sociologie exigée.");
        var fr = Run("parse", path, "--json");
        Assert.Contains($"{path}: DATE001: ", fr.Err);
        Assert.DoesNotContain("ParseDiagnostic", fr.Err);
        Assert.DoesNotContain("MessageFr", fr.Err);
        var en = Run("parse", path, "--json", "--lang", "en");
        Assert.Contains("DATE001: ", en.Err);
        Assert.NotEqual(fr.Err, en.Err);
    }

    [Fact]
    public void Rank_Diagnostics_CodeAndMessage()
    {
        var path = File("offre.txt", "Titre du poste : Animateur\nDate limite : 31 février 2026\nLicence en sociologie exigée.");
        var (_, _, err) = Run("rank", path, File("cv.json", CandidatesJson));
        Assert.Contains($"{path}: DATE001: ", err);
        Assert.DoesNotContain("ParseDiagnostic", err);
    }

    [Fact]
    public void Rank_JsonTypeError_PlainWordsNoDotNetTypeNorZeroPosition()
    {
        var cv = File("cv.json", """[ { "id": "c-1", "experience": { "title": "Comptable" } }, { "id": "c-2", "experience": [ { "months": "douze" } ] }, { "id": "c-3" } ]""");
        var (code, _, err) = Run("rank", File("poste.json", PostingJson), cv, "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("c-1: experience: a list [ … ] was expected", err);
        Assert.Contains("c-2: experience[0].months: a whole number was expected", err);
        var fr = Run("rank", File("poste.json", PostingJson), cv).Err;
        Assert.Contains("c-1: experience: une liste [ … ] était attendue", fr);
        Assert.Contains("c-2: experience[0].months: un nombre entier était attendu", fr);
        Assert.DoesNotContain("System.", fr);
        Assert.DoesNotContain("System.", err);
        Assert.DoesNotContain("Matching.Serialization", err);
        Assert.DoesNotContain("LineNumber", err);
        Assert.DoesNotContain("BytePositionInLine", err);
    }

    // ---------- candidates left out ----------

    [Fact]
    public void Rank_CandidatesWithEmptyStrings_LeftOutAndCountedOnce()
    {
        var list = Enumerable.Range(0, 13).Select(i => $$"""{"id":"c-{{i:00}}","languages":[{"key":"french"}]}""").ToList();
        list.Insert(3, """{"id":"d","skills":["word",""]}""");
        list.Insert(8, """{"id":"i","areasKnown":[" "]}""");
        var cv = File("cv.json", "[" + string.Join(",\n", list) + "]");
        var (code, output, err) = Run("rank", File("poste.json", PostingJson), cv, "--json");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var ids = doc.RootElement.GetProperty("rankings")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(13, ids.Count);
        Assert.DoesNotContain("d", ids);
        Assert.DoesNotContain("i", ids);
        Assert.Contains("2 candidats écartés pour erreur ; 13 classés.", err);
    }

    [Fact]
    public void Rank_TwoBadEntriesWithTheSameId_CountedTwice()
    {
        var cv = File("cv.json", """[ { "id": "c-1", "licences": ["Z"] }, { "id": "c-1", "licences": ["Y"] }, { "id": "c-2" } ]""");
        var (code, _, err) = Run("rank", File("poste.json", PostingJson), cv, "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("2 candidates left out because of errors; 1 ranked.", err);
    }

    // ---------- table ----------

    [Fact]
    public void Rank_Table_LongIdsShownWhole()
    {
        var id = "DRC-2026-MOPTI-PROT-000123";
        var cv = File("cv.json", $$"""[ { "id": "{{id}}", "languages": [ { "key": "french" } ] }, { "id": "c-2" } ]""");
        var (_, output, _) = Run("rank", File("poste.json", PostingJson), cv);
        Assert.Contains(id + "  ", output);
        var header = output.Split('\n').Single(l => l.StartsWith("Rang", StringComparison.Ordinal));
        var row = output.Split('\n').Single(l => l.Contains(id, StringComparison.Ordinal));
        Assert.Equal(header.IndexOf("Score", StringComparison.Ordinal), row.IndexOf(id, StringComparison.Ordinal) + id.Length + 2);
    }

    [Fact]
    public void Rank_Table_VeryLongIdCutAtForty()
    {
        var id = new string('x', 60);
        var cv = File("cv.json", $$"""[ { "id": "{{id}}" } ]""");
        var (_, output, _) = Run("rank", File("poste.json", PostingJson), cv);
        Assert.Contains(new string('x', Table.MaxIdWidth - 1) + "…", output);
        Assert.DoesNotContain(new string('x', Table.MaxIdWidth), output);
    }

    // ---------- silently accepted input ----------

    [Fact]
    public void Rank_WeightsWithMisspelledKey_ErrorNamingTheKey()
    {
        var w = File("poids.json", """{"educaton":0.9}""");
        var (code, output, err) = Run("rank", File("poste.json", PostingJson), File("cv.json", CandidatesJson), "--weights", w);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"{w}: weights: educaton: poids inconnu", err);
        Assert.Contains($"{w}: weights: educaton: unknown weight", Run("rank", File("poste.json", PostingJson), File("cv.json", CandidatesJson), "--weights", w, "--lang", "en").Err);
    }

    [Fact]
    public void Rank_ExperienceWithoutYearsOrNullLicence_ErrorNamingTheField()
    {
        var p = File("poste.json", """{"postings":[{"title":"Chauffeur","experience":{"required":true},"licences":[null]}]}""");
        var (code, output, err) = Run("rank", p, File("cv.json", CandidatesJson));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("postings[0]: experience.minYears: un nombre d'années est requis", err);
        Assert.Contains("postings[0]: licences[0]: entrée null", err);
    }

    // ---------- JSON written ----------

    [Fact]
    public void Rank_Json_AccentsAndPlusWrittenAsThey()
    {
        var (code, output, _) = Run("rank", File("poste.json", PostingJson), File("cv.json", CandidatesJson), "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"Chargé de suivi\"", output);
        Assert.Contains("bac+3", output);
        Assert.DoesNotContain("\\u00", output);
        Assert.DoesNotContain("\\u002B", output);
    }

    // ---------- parse ----------

    [Fact]
    public void Parse_WithoutJson_ReadableSummary()
    {
        var (code, output, _) = Run("parse", File("offre.txt", PostingText));
        Assert.Equal(0, code);
        Assert.DoesNotContain("{", output);
        Assert.Contains("== Chargée de suivi-évaluation", output);
        Assert.Contains("Lieux : Ségou", output);
        Assert.Contains("Exigences :", output);
        Assert.Contains("Expérience (requis) : 3 ans", output);
        Assert.Contains("Permis (requis) : B", output);
        Assert.Contains("Langues (souhaité) : bambara", output);
        var en = Run("parse", File("offre.txt", PostingText), "--lang", "en").Out;
        Assert.Contains("Places: Ségou", en);
        Assert.Contains("Experience (required): 3 years", en);
    }

    [Fact]
    public void Parse_TextWithoutRequirement_WarningAndExitOne()
    {
        var path = File("lettre.txt", "Titre du poste : Chauffeur\n");
        var (code, output, err) = Run("parse", path);
        Assert.Equal(1, code);
        Assert.Contains("Chauffeur", output);
        Assert.Contains($"{path}: ", err);
        Assert.Contains("aucun critère", err);
    }

    // ---------- train ----------

    private static TrainingResult Result(double? auc, double? defaultAuc, double? ndcg, double? defaultNdcg) => new()
    {
        Weights = MatchWeights.Default, Auc = auc, DefaultAuc = defaultAuc, Ndcg10 = ndcg, DefaultNdcg10 = defaultNdcg,
        ExamplesUsed = 60, HeldOut = 15, Postings = 3, Notes = [],
    };

    [Fact]
    public void TrainWarnings_LearnedWorseThanDefaults_Warned()
    {
        var warning = Assert.Single(TrainCommand.Warnings(Result(0.61, 0.70, 0.80, 0.80), "poids.json", Lang.French));
        Assert.Contains("moins bien", warning);
        Assert.Contains("AUC 0.610 < 0.700", warning);
        Assert.Contains("worse", Assert.Single(TrainCommand.Warnings(Result(0.9, 0.7, 0.5, 0.6), "w.json", Lang.English)));
    }

    [Fact]
    public void TrainWarnings_LearnedAsGoodOrUnknown_NoWarning()
    {
        Assert.Empty(TrainCommand.Warnings(Result(0.8, 0.7, 0.9, 0.9), "w.json", Lang.French));
        Assert.Empty(TrainCommand.Warnings(Result(null, 0.7, null, null), "w.json", Lang.French));
    }

    [Fact]
    public void TrainPrint_French()
    {
        var w = new StringWriter();
        TrainCommand.Print(Result(0.8, 0.7, 0.9, 0.9), "poids.json", Lang.French, w);
        Assert.Contains("poids écrits dans poids.json", w.ToString());
        Assert.Contains("Diplôme", w.ToString());
    }

    // ---------- console ----------

    [Fact]
    public void SetUpConsole_Utf8WithoutByteOrderMark()
    {
        var before = Console.OutputEncoding;
        try
        {
            CommandLine.SetUpConsole();
            Assert.Equal(Encoding.UTF8.CodePage, Console.OutputEncoding.CodePage);
            Assert.Empty(Console.OutputEncoding.GetPreamble());
        }
        finally
        {
            Console.OutputEncoding = before;
        }
    }
}
