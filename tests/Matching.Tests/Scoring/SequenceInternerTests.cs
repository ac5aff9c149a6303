using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Matching.Scoring;
using Xunit;

namespace Matching.Tests.Scoring;

public class SequenceInternerTests
{
    [Property(MaxTest = 200)]
    public Property Intern_AnySequences_SameIdExactlyForEqualSequences()
    {
        // Few distinct values and short lengths, so that repeats and near-repeats are common.
        var sequence = from length in Gen.Choose(0, 4)
                       from items in Gen.ArrayOf(Gen.Choose(-3, 3), length)
                       select items;
        var sequences = from count in Gen.Choose(0, 3000)
                        from list in Gen.ListOf(sequence, count)
                        select list;
        return Prop.ForAll(sequences.ToArbitrary(), sequences =>
        {
            var interner = new SequenceInterner();
            var ids = sequences.Select(s => interner.Intern(s)).ToArray();
            var firstId = new Dictionary<string, int>();
            for (var i = 0; i < sequences.Count; i++)
            {
                var key = string.Join(",", sequences[i]) + "/" + sequences[i].Length;
                if (!firstId.TryAdd(key, ids[i]) && firstId[key] != ids[i]) return false;
                if (!interner[ids[i]].SequenceEqual(sequences[i])) return false;
            }
            // Dense ids, in the order first met.
            return firstId.Values.Order().SequenceEqual(Enumerable.Range(0, interner.Count))
                && ids.Distinct().Count() == interner.Count;
        });
    }

    [Fact]
    public void ToArrays_ManySequences_PoolAndOffsetsHoldEach()
    {
        var interner = new SequenceInterner();
        for (var i = 0; i < 5000; i++) interner.Intern([i, -i, i % 7]);
        interner.Intern([]);
        var (pool, offsets) = interner.ToArrays();
        Assert.Equal(5001, interner.Count);
        Assert.Equal(interner.Count + 1, offsets.Length);
        Assert.Equal(new[] { 4321, -4321, 4321 % 7 }, pool[offsets[4321]..offsets[4322]]);
        Assert.Equal(offsets[5000], offsets[5001]);
        Assert.Equal(4999, interner.Intern([4999, -4999, 4999 % 7]));
    }
}
