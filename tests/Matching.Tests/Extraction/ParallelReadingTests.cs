using System.Text;
using Xunit;

namespace Matching.Tests.Extraction;

/// <summary>Long notices of several posts are read post by post in parallel: the result must not change.</summary>
public sealed class ParallelReadingTests
{
    public static TheoryData<string> Texts()
    {
        var seeds = Directory.GetFiles(RepositoryFiles.Path("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var data = new TheoryData<string>();
        foreach (var s in seeds) data.Add(s);
        var all = new StringBuilder();
        for (var i = 0; all.Length < 300_000; i++) all.Append(seeds[i % seeds.Length]).Append("\n\n");
        data.Add(all.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Parse_PostsReadInParallel_SameAsOneByOne(string text)
    {
        var sequential = PostingParser.Parse(text, int.MaxValue);
        var parallel = PostingParser.Parse(text, 0);
        Assert.Equal(Describe(sequential), Describe(parallel));
    }

    [Fact]
    public void Texts_IncludeLongNoticesOfSeveralPosts_SoThePostsAreReadInParallel()
        => Assert.Contains(Texts().Cast<object[]>().Select(row => (string)row[0]), t => t.Length >= 100_000 && PostingParser.Parse(t, int.MaxValue).Postings.Count > 1);

    private static string Describe(Matching.Extraction.ParseResult r)
        => string.Join("\n", r.Postings.Select(p => ExtractionJson.Write(p.Posting).ToJsonString()
                + string.Join(";", p.Evidence.Select(e => $"{e.Field}@{e.Span.Start}+{e.Span.Length}"))))
           + "\n" + string.Join("\n", r.Diagnostics.Select(d => $"{d.Code}@{d.Span.Start}"));
}
