using Matching.Learning;
using Matching.Serialization;
using Matching.Tests.Generators;
using Xunit;

namespace Matching.Tests.Serialization;

public class DecisionJsonTests
{
    private const string Document = """
        {
          "postings": [
            { "title": "Gestionnaire de cas", "locations": ["Mopti"], "experience": { "minYears": 3, "required": true, "relevantOnly": true } },
            { "title": "Animatrice communautaire", "locations": ["Bamako"] }
          ],
          "candidates": [
            { "id": "c-017", "home": "Mopti", "experience": [ { "title": "Gestionnaire de cas VBG", "organization": "IRC", "months": 40 } ] },
            { "id": "c-018", "home": "Bamako" }
          ],
          "decisions": [
            { "posting": 0, "candidate": "c-017", "grade": 3 },
            { "posting": 0, "candidate": "c-018", "grade": 0 },
            { "posting": 1, "candidate": "c-018", "shortlisted": true }
          ]
        }
        """;

    [Fact]
    public void Read_ValidDocument_LinksPostingsAndCandidates()
    {
        var decisions = DecisionJson.Read(Document, "decisions.json");

        Assert.Equal(3, decisions.Count);
        Assert.Equal("Gestionnaire de cas", decisions[0].Posting.Title);
        Assert.Same(decisions[0].Posting, decisions[1].Posting);
        Assert.Equal("c-017", decisions[0].Candidate.Id);
        Assert.Equal(3, decisions[0].Grade);
        Assert.Null(decisions[2].Grade);
        Assert.True(decisions[2].Shortlisted);
        Assert.Equal(Decision.ShortlistGrade, decisions[2].EffectiveGrade);
    }

    [Theory]
    [InlineData("""{ "posting": 5, "candidate": "c-017", "grade": 1 }""", "decisions[0]: posting: 5 is not the index of a posting")]
    [InlineData("""{ "posting": 0, "candidate": "c-999", "grade": 1 }""", "no candidate has the id 'c-999'")]
    [InlineData("""{ "posting": 0, "candidate": "c-017", "grade": 4 }""", "4 is not a grade")]
    [InlineData("""{ "posting": 0, "candidate": "c-017" }""", "give either \"grade\"")]
    [InlineData("""{ "posting": 0, "candidate": "c-017", "grade": 2, "shortlisted": true }""", "give either \"grade\"")]
    public void Read_BadDecision_NamesTheDecisionAndTheField(string decision, string expected)
    {
        var json = """{ "postings": [ { "title": "Gestionnaire de cas" } ], "candidates": [ { "id": "c-017" } ], "decisions": [ """ + decision + " ] }";

        var e = Assert.Throws<MatchingFormatException>(() => DecisionJson.Read(json, "decisions.json"));

        Assert.Contains(expected, e.Message);
        Assert.StartsWith("decisions.json", e.Errors[0].ToString());
    }

    [Fact]
    public void Read_MissingDecisions_SaysWhatIsRequired()
    {
        var e = Assert.Throws<MatchingFormatException>(() => DecisionJson.Read("""{ "postings": [], "candidates": [] }"""));

        Assert.Contains("\"decisions\" array is required", e.Message);
    }

    [Fact]
    public void Write_ThenRead_KeepsGradesAndTrainsTheSame()
    {
        var data = new SyntheticDecisions(seed: 21, postings: 2, candidates: 30, noise: 0.05);
        var options = new TrainerOptions { ReferenceDate = SyntheticDecisions.ReferenceDate };

        var json = DecisionJson.Write(data.Decisions);
        var back = DecisionJson.Read(json);

        Assert.Equal(data.Decisions.Select(d => (d.Candidate.Id, d.Grade)), back.Select(d => (d.Candidate.Id, d.Grade)));
        Assert.Equal(MatcherTrainer.Train(data.Decisions, options).Weights, MatcherTrainer.Train(back, options).Weights);
    }

    [Fact]
    public void Write_SameProfileBuiltTwice_WrittenOnce()
    {
        var first = new Matching.Model.Posting { Title = "Assistant" };
        var second = new Matching.Model.Posting { Title = "Secrétaire" };
        var a = new Matching.Model.CandidateProfile("a") { Skills = ["word"] };
        var b = new Matching.Model.CandidateProfile("a") { Skills = ["word"] };
        var json = DecisionJson.Write([new Decision(first, a, 2), new Decision(second, b, 3)]);
        Assert.Single(DecisionJson.Read(json, "decisions.json").Select(d => d.Candidate.Id).Distinct());
    }

    [Fact]
    public void Write_DifferentProfilesOneId_Refused()
    {
        var posting = new Matching.Model.Posting { Title = "Assistant" };
        var a = new Matching.Model.CandidateProfile("a") { Skills = ["word"] };
        var b = new Matching.Model.CandidateProfile("a") { Skills = ["excel"] };
        Assert.Throws<ArgumentException>(() => DecisionJson.Write([new Decision(posting, a, 2), new Decision(posting, b, 3)]));
    }
}
