using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Matching.Extraction;
using Matching.Tests.Extraction;

namespace Matching.Tests.Properties;

/// <summary>Parse never throws for what a text says, whatever the text.</summary>
public class ParserRobustnessProperties
{
    private static readonly string[] Seeds = Directory.GetFiles(ExtractionCase.DataPath("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static readonly string[] Fragments =
    [
        "Titre du poste 1 :", "(F)", "(H/F)", "Un (02)", "31 février 2026", "au plus tard le", "Langues :", "Peulh", "souhaité",
        "<div>", "</td>", "&eacute;", "&#", "\r\n", "\u00A0", "●", "-\n", "**", "##", "Bac+", "ans d'expérience", "(03)", "permis", "dont",
    ];

    private static bool ParsesCleanly(string text)
    {
        var result = PostingParser.Parse(text);
        foreach (var p in result.Postings)
        {
            foreach (var e in p.Evidence)
            {
                if (e.Span.Start < 0 || e.Span.End > text.Length) return false;
            }
        }
        return result.Diagnostics.All(d => d.Code != ParseDiagnostic.Internal);
    }

    [Property(MaxTest = 300)]
    public bool Parse_AnyString_NeverThrowsAndKeepsSpansInside(string? text) => ParsesCleanly(text ?? "");

    [Property(MaxTest = 200)]
    public Property Parse_MutatedSeed_NeverThrows()
    {
        var gen =
            from seed in Gen.Elements(Seeds)
            from cuts in Gen.ListOf(Gen.Choose(0, 1000), 8)
            from inserts in Gen.ListOf(Gen.Elements(Fragments), 8)
            select Mutate(seed, cuts.ToArray(), inserts.ToArray());
        return Prop.ForAll(gen.ToArbitrary(), ParsesCleanly);
    }

    private static string Mutate(string seed, int[] cuts, string[] inserts)
    {
        var sb = new StringBuilder(seed);
        for (var i = 0; i < Math.Min(cuts.Length, inserts.Length); i++)
        {
            var at = (int)((long)cuts[i] * sb.Length / 1001);
            if (i % 3 == 0 && at + 20 < sb.Length) sb.Remove(at, 20);
            else sb.Insert(at, inserts[i]);
        }
        return sb.ToString();
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => PostingParser.Parse(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n ")]
    [InlineData("<<<>>>&&&;;;")]
    public void Parse_EmptyOrBlank_ReturnsNoPosting(string text)
    {
        var result = PostingParser.Parse(text);

        Assert.Empty(result.Postings);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Parse_OneMegabyteOfSeeds_ReadsEveryPostAndKeepsSpansInside()
    {
        var text = Concatenate(1_000_000);

        var result = PostingParser.Parse(text);

        Assert.NotEmpty(result.Postings);
        Assert.True(ParsesCleanly(text));
    }

    [Fact]
    public void Parse_TenMegabytes_ReturnsAResult()
    {
        var text = Concatenate(10_000_000);

        var result = PostingParser.Parse(text);

        Assert.NotEmpty(result.Postings);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ParseDiagnostic.Internal);
    }

    [Fact]
    public void Parse_HundredThousandNestedTags_ReadsTheText()
    {
        var text = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Titre du poste : Chauffeur (H/F)" + string.Concat(Enumerable.Repeat("</div>", 100_000));

        var result = PostingParser.Parse(text);

        Assert.Equal("Chauffeur", Assert.Single(result.Postings).Posting.Title);
    }

    [Fact]
    public void Parse_OneEnormousLine_ReturnsAResult()
    {
        var text = string.Concat(Enumerable.Repeat("Au moins 3 ans d'expérience en protection, Bambara, Peulh, Word, Excel ", 40_000));

        var result = PostingParser.Parse(text);

        var posting = Assert.Single(result.Postings).Posting;
        Assert.Equal(3, posting.Experience?.MinYears);
    }

    [Fact]
    public void Parse_BinaryGarbage_ReturnsAResult()
    {
        var random = new Random(42);
        var chars = new char[200_000];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0xFFFF);

        var result = PostingParser.Parse(new string(chars));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ParseDiagnostic.Internal);
    }

    private static string Concatenate(int length)
    {
        var sb = new StringBuilder(length + 100_000);
        var i = 0;
        while (sb.Length < length) sb.Append(Seeds[i++ % Seeds.Length]).Append("\n\n");
        return sb.ToString();
    }
}
