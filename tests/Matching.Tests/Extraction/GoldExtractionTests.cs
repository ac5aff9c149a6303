namespace Matching.Tests.Extraction;

/// <summary>The five seed notices against their gold reading: every field must score 1.</summary>
public class GoldExtractionTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ExtractionCase.DataPath("gold"), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_Seed_MatchesGoldOnEveryField(string name)
    {
        var text = File.ReadAllText(ExtractionCase.DataPath("seeds", name + ".txt"));
        var gold = File.ReadAllText(ExtractionCase.DataPath("gold", name + ".json"));
        ExtractionCase.WriteOutput(name, text);

        var problems = ExtractionCase.Mismatches(text, gold, out var points, out var possible);

        Assert.True(problems.Count == 0, $"{name}: {points}/{possible}\n" + string.Join('\n', problems));
    }
}
