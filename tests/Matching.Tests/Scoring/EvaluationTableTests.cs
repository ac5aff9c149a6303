using Matching.Scoring;
using Xunit;

namespace Matching.Tests.Scoring;

public class EvaluationTableTests
{
    [Theory]
    [InlineData(10, 3)]
    [InlineData(1000, 256)]
    [InlineData(1000, 257)]
    [InlineData(1000, 900)]
    public void Set_ManyValues_ReadsBackEveryEvaluation(int length, int distinct)
    {
        var table = new EvaluationTable(length);
        var expected = new Evaluation[length];
        for (var i = 0; i < length; i++)
        {
            var k = i * 7 % distinct;
            expected[i] = new Evaluation((Outcome)(k % 4), k / 1000.0, k % 3 == 0);
            table[i] = expected[i];
        }
        Assert.Equal(distinct <= 256, table.Classes is not null);
        for (var i = 0; i < length; i++)
            Assert.Equal(expected[i], table.Classes is { } c ? table.Values[c[i]] : table.Values[i]);
    }
}
