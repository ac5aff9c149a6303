using System.Globalization;
using System.Text;
using Matching.Internal;
using Xunit;

namespace Matching.Tests.Internal;

public sealed class TextTests
{
    [Fact]
    public void BaseLetter_EveryLatinLetterWithDiacritics_AsCanonicalDecompositionGivesIt()
    {
        Assert.True(Text.CanDecompose, "the test host has Unicode normalisation data");
        for (var c = '\u00C0'; c < '\u0250'; c++)
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var decomposes = d.Length > 1 && d.Skip(1).All(m => CharUnicodeInfo.GetUnicodeCategory(m) == UnicodeCategory.NonSpacingMark);
            Assert.Equal(decomposes ? d[0] : c, Text.BaseLetter(c));
        }
    }

    [Theory]
    [InlineData("Kolondiéba", "kolondieba")]
    [InlineData("Ségou – Niono", "segou niono")]
    [InlineData("Œuvre", "oeuvre")]
    public void Fold_AccentsCaseAndPunctuation_Removed(string text, string folded)
        => Assert.Equal(folded, Text.Fold(text));
}
