namespace Matching.Tests.Extraction;

/// <summary>The project's own test notices (Data/postings/NNN-name.txt) against their expected reading (NNN-name.json).</summary>
public class PostingExtractionTests
{
    public static TheoryData<string> Postings()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ExtractionCase.DataPath("postings"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Fact]
    public void Postings_Folder_HoldsAtLeastFifteenCases()
    {
        Assert.True(Directory.GetFiles(ExtractionCase.DataPath("postings"), "*.txt").Length >= 15);
    }

    [Theory]
    [MemberData(nameof(Postings))]
    public void Parse_TestPosting_MatchesExpectedOnEveryField(string name)
    {
        var text = File.ReadAllText(ExtractionCase.DataPath("postings", name + ".txt"));
        var expected = File.ReadAllText(ExtractionCase.DataPath("postings", name + ".json"));
        ExtractionCase.WriteOutput(name, text);

        var problems = ExtractionCase.Mismatches(text, expected, out var points, out var possible);

        Assert.True(problems.Count == 0, $"{name}: {points}/{possible}\n" + string.Join('\n', problems));
    }
}
