using FsCheck.Xunit;
using Matching.Model;
using Matching.Serialization;
using Matching.Tests.Generators;
using Matching.Tests.Serialization;

namespace Matching.Tests.Properties;

/// <summary>Writing then reading JSON keeps every field of generated postings and profiles.</summary>
[Properties(Arbitrary = [typeof(MatchingArbitraries)], MaxTest = 100)]
public sealed class JsonRoundTripProperties
{
    [Property]
    public void WritePostings_ThenRead_SameFields(Posting posting)
        => RoundTrip.AssertSame(posting, MatchingJson.ReadPostings(MatchingJson.WritePostings([posting]), "poste.json").Single());

    [Property]
    public void WriteCandidates_ThenRead_SameFieldsAndScores(RankCase rc)
    {
        var batch = MatchingJson.ReadCandidates(MatchingJson.WriteCandidates(rc.Candidates), "cv.json");
        Xunit.Assert.Empty(batch.Errors);
        Xunit.Assert.Equal(rc.Candidates.Count, batch.Candidates.Count);
        for (var i = 0; i < rc.Candidates.Count; i++) RoundTrip.AssertSame(rc.Candidates[i], batch.Candidates[i]);
        var before = Matcher.Rank(rc.Candidates, rc.Posting, MatchingGen.Options).Results.Select(r => (r.Id, r.Score));
        var after = Matcher.Rank(batch.Candidates, rc.Posting, MatchingGen.Options).Results.Select(r => (r.Id, r.Score));
        Xunit.Assert.Equal(before, after);
    }
}
