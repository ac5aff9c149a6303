using Matching.Model;
using Matching.Scoring;
using Matching.Serialization;
using Xunit;

namespace Matching.Tests.Serialization;

/// <summary>Input the reader must not accept silently, errors in plain words, and JSON written readably.</summary>
public sealed class MatchingJsonCheckTests
{
    [Fact]
    public void ReadCandidates_EmptyStringInSkillsOrAreas_CandidateLeftOut()
    {
        var batch = MatchingJson.ReadCandidates("""[ { "id": "d", "skills": ["word", ""] }, { "id": "i", "areasKnown": [" "] }, { "id": "ok" } ]""", "cv.json");
        Assert.Equal(["ok"], batch.Candidates.Select(c => c.Id));
        Assert.Equal(["d", "i"], batch.Errors.Select(e => e.Item));
        Assert.Equal(["skills[1]", "areasKnown[0]"], batch.Errors.Select(e => e.Field));
    }

    [Fact]
    public void ReadCandidates_BadEntriesSharingAnId_EachItsOwnItem()
    {
        var batch = MatchingJson.ReadCandidates("""[ { "id": "c-1", "licences": ["Z"] }, { "id": "c-1", "experience": "non" } ]""", "cv.json");
        Assert.Empty(batch.Candidates);
        Assert.Equal(["c-1", "c-1 ([1])"], batch.Errors.Select(e => e.Item));
    }

    [Fact]
    public void ReadCandidates_WrongTypes_PlainWords()
    {
        var batch = MatchingJson.ReadCandidates("""
            [ { "id": "a", "experience": { "title": "x" } },
              { "id": "b", "experience": [ { "months": "douze" } ] },
              { "id": "c", "home": 12 },
              { "id": "e", "education": [ 3 ] } ]
            """, "cv.json");
        var messages = batch.Errors.ToDictionary(e => e.Item, e => e.Message);
        Assert.Equal("a list [ … ] was expected", messages["a"]);
        Assert.Equal("a whole number was expected", messages["b"]);
        Assert.Equal("a string \"…\" was expected", messages["c"]);
        Assert.Equal("an object { … } was expected", messages["e"]);
    }

    [Fact]
    public void ReadPostings_WrongType_PlainWordsWithLineAndPosition()
    {
        var e = Assert.Throws<MatchingFormatException>(() => MatchingJson.ReadPostings("{ \"postings\": [ {\n  \"title\": \"X\", \"experience\": { \"minYears\": \"deux\" } } ] }", "poste.json"));
        var err = Assert.Single(e.Errors);
        Assert.Equal("postings[0].experience.minYears", err.Field);
        Assert.StartsWith("a number was expected (line 2, position ", err.Message);
        Assert.DoesNotContain("System.", err.Message);
        Assert.DoesNotContain("LineNumber", err.Message);
    }

    [Fact]
    public void InputError_ToStringWithCulture_FrenchWhereThereIsOne()
    {
        var batch = MatchingJson.ReadCandidates("""[ { "id": "c-1", "experience": [ { "start": "2019-13" } ] } ]""", "cv.json");
        var err = Assert.Single(batch.Errors);
        Assert.Equal("cv.json: c-1: experience[0].start: '2019-13' is not a month (YYYY-MM)", err.ToString());
        Assert.Equal("cv.json: c-1: experience[0].start: « 2019-13 » n'est pas un mois (AAAA-MM)", err.ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(err.ToString(), err.ToString(System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal("f: i: m", new InputError("f", "i", null, "m").ToString(System.Globalization.CultureInfo.GetCultureInfo("fr")));
    }

    [Fact]
    public void InputError_ToStringInFrench_NamesLinesInFrench()
    {
        var fr = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        var inLines = new InputError("cv.jsonl", "line 3", "languages[0]", "unknown language") { MessageFr = "langue inconnue" };
        var inDocument = new InputError("offres.json", "document", "line 2, position 7", "bad JSON") { MessageFr = "JSON invalide" };

        Assert.Equal("cv.jsonl: ligne 3: languages[0]: langue inconnue", inLines.ToString(fr));
        Assert.Equal("offres.json: document: ligne 2, position 7: JSON invalide", inDocument.ToString(fr));
        Assert.Equal("cv.jsonl: line 3: languages[0]: unknown language", inLines.ToString());
        // a candidate whose id happens to read like a line keeps it
        Assert.Equal("cv.json: line seven: m", new InputError("cv.json", "line seven", null, "m").ToString(fr));
    }

    [Fact]
    public void ReadPostings_JsonArray_SaysAPostingsDocumentIsExpected()
    {
        var e = Assert.Throws<MatchingFormatException>(() => MatchingJson.ReadPostings("""[{"title":"Chauffeur"}]""", "poste.json"));
        Assert.Contains("not a JSON array", Assert.Single(e.Errors).Message);
    }

    [Fact]
    public void ReadPostings_ExperienceWithoutMinYears_Error()
    {
        var e = Assert.Throws<MatchingFormatException>(() => MatchingJson.ReadPostings("""{"postings":[{"title":"X","experience":{"required":true}}]}""", "poste.json"));
        Assert.Equal("experience.minYears", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public void ReadPostings_NullLicence_Error()
    {
        var e = Assert.Throws<MatchingFormatException>(() => MatchingJson.ReadPostings("""{"postings":[{"title":"X","licences":[null]}]}""", "poste.json"));
        Assert.Equal("licences[0]", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public void ReadWeights_UnknownKey_ErrorNamingIt()
    {
        var e = Assert.Throws<MatchingFormatException>(() => MatchingJson.ReadWeights("""{"educaton":0.9, "skills": 0.1}""", "poids.json"));
        var err = Assert.Single(e.Errors);
        Assert.Equal("educaton", err.Field);
        Assert.Contains("education", err.Message);
    }

    [Fact]
    public void Write_AccentsAndPlusAsTheyAre()
    {
        var posting = new Posting
        {
            Title = "Chargé de suivi", Locations = ["Ségou"],
            Education = new EducationRequirement(DiplomaLevel.Bac3, ["économie"]),
        };
        var json = MatchingJson.WritePostings([posting]);
        Assert.Contains("\"Chargé de suivi\"", json);
        Assert.Contains("\"bac+3\"", json);
        Assert.Contains("\"économie\"", json);
        Assert.DoesNotContain("\\u", json);
        var back = Assert.Single(MatchingJson.ReadPostings(json));
        Assert.Equal("Chargé de suivi", back.Title);
        var candidates = MatchingJson.WriteCandidates([new CandidateProfile("c-1") { Home = "Sévaré", Education = [new EducationEntry(DiplomaLevel.Bac2, "gestion")] }]);
        Assert.Contains("Sévaré", candidates);
        Assert.Contains("bac+2", candidates);
        var rankings = MatchingJson.WriteRankings([Matcher.Rank([new CandidateProfile("c-1")], posting)]);
        Assert.Contains("Chargé de suivi", rankings);
        Assert.DoesNotContain("\\u", rankings);
    }

    [Fact]
    public void Write_NullItem_ArgumentExceptionNamingTheIndex()
    {
        var p = new Posting { Title = "X" };
        var e1 = Assert.Throws<ArgumentException>(() => MatchingJson.WritePostings([p, null!]));
        Assert.Contains("index 1", e1.Message);
        Assert.Equal("postings", e1.ParamName);
        var e2 = Assert.Throws<ArgumentException>(() => MatchingJson.WriteCandidates([null!]));
        Assert.Contains("index 0", e2.Message);
        var ranking = Matcher.Rank([new CandidateProfile("c-1")], p);
        var e3 = Assert.Throws<ArgumentException>(() => MatchingJson.WriteRankings([ranking, ranking, null!]));
        Assert.Contains("index 2", e3.Message);
    }
}
