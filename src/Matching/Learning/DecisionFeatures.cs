using Matching.Model;
using Matching.Scoring;

namespace Matching.Learning;

/// <summary>
/// The features of decisions: for each decision, the matcher's score of each kind of criterion
/// (the mean over the posting's criteria of that kind) and whether the candidate is eligible.
/// Only the scored kinds are features (<see cref="Kinds"/>); gender and nationality are
/// eligibility rules and are never features. A kind the posting does not set is absent; it gets
/// the neutral value of that kind, the mean of its present scores over all decisions, which is
/// the same for every candidate of the posting and so cannot reorder them.
/// </summary>
internal sealed class DecisionFeatures
{
    /// <summary>The kinds learned from, in feature order.</summary>
    public static readonly CriterionKind[] Kinds =
    [
        CriterionKind.Education, CriterionKind.Experience, CriterionKind.Languages, CriterionKind.Licences,
        CriterionKind.Location, CriterionKind.Areas, CriterionKind.Skills,
    ];

    private DecisionFeatures(int n)
    {
        Values = new double[n][];
        Present = new bool[n][];
        Posting = new int[n];
        Eligible = new bool[n];
        Grade = new int[n];
        Shortlisted = new bool[n];
        Graded = new bool[n];
    }

    /// <summary>Per decision, the score of each kind of <see cref="Kinds"/>, the neutral value where absent.</summary>
    public double[][] Values { get; }

    /// <summary>Per decision, whether the posting sets each kind.</summary>
    public bool[][] Present { get; }

    /// <summary>Per decision, the index of its posting in order of first appearance.</summary>
    public int[] Posting { get; }

    /// <summary>Per decision, whether the candidate is eligible (no required criterion failed).</summary>
    public bool[] Eligible { get; }

    /// <summary>Per decision, the effective grade (a yes is 2, a no 0).</summary>
    public int[] Grade { get; }

    /// <summary>Per decision, whether the candidate is shortlisted.</summary>
    public bool[] Shortlisted { get; }

    /// <summary>Per decision, whether it was graded 0–3 rather than yes/no.</summary>
    public bool[] Graded { get; }

    /// <summary>The number of distinct postings.</summary>
    public int PostingCount { get; private set; }

    /// <summary>Per kind, whether its score varies across the decisions (a kind that never varies cannot be learned).</summary>
    public bool[] Varies { get; } = new bool[Kinds.Length];

    public int Count => Values.Length;

    public static DecisionFeatures Build(IReadOnlyList<Decision> decisions, MatchOptions options)
    {
        var f = new DecisionFeatures(decisions.Count);
        var compiled = new Dictionary<Posting, (int Index, CompiledPosting Posting, ScoringContext Context)>(ReferenceEqualityComparer.Instance);
        var raw = new double[decisions.Count][];
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            if (!compiled.TryGetValue(d.Posting, out var c))
            {
                var cp = CompiledPosting.Compile(d.Posting, options);
                c = (compiled.Count, cp, cp.NewContext());
                compiled[d.Posting] = c;
            }
            f.Posting[i] = c.Index;
            f.Grade[i] = d.EffectiveGrade;
            f.Shortlisted[i] = d.Shortlisted;
            f.Graded[i] = d.Grade is not null;
            c.Posting.Score(d.Candidate, c.Context, out f.Eligible[i], out _, out _, out _);
            var sums = new double[Kinds.Length];
            var counts = new int[Kinds.Length];
            foreach (var criterion in c.Posting.Criteria)
            {
                var k = Array.IndexOf(Kinds, criterion.Kind);
                if (k < 0) continue;
                sums[k] += criterion.Evaluate(d.Candidate, c.Context).Score;
                counts[k]++;
            }
            raw[i] = new double[Kinds.Length];
            f.Present[i] = new bool[Kinds.Length];
            for (var k = 0; k < Kinds.Length; k++)
            {
                f.Present[i][k] = counts[k] > 0;
                raw[i][k] = counts[k] > 0 ? sums[k] / counts[k] : double.NaN;
            }
        }
        f.PostingCount = compiled.Count;
        for (var k = 0; k < Kinds.Length; k++)
        {
            double sum = 0, min = double.MaxValue, max = double.MinValue;
            var n = 0;
            foreach (var r in raw)
            {
                if (double.IsNaN(r[k])) continue;
                sum += r[k];
                n++;
                min = Math.Min(min, r[k]);
                max = Math.Max(max, r[k]);
            }
            var neutral = n > 0 ? sum / n : 0.5;
            f.Varies[k] = n > 0 && max - min > 1e-9;
            for (var i = 0; i < raw.Length; i++) f.Values[i] ??= new double[Kinds.Length];
            for (var i = 0; i < raw.Length; i++) f.Values[i][k] = double.IsNaN(raw[i][k]) ? neutral : raw[i][k];
        }
        return f;
    }

    /// <summary>The matcher's score of a decision under weights: Σ w·s / Σ w over the kinds its posting sets (1 where those weights are all zero).</summary>
    public double Score(int i, MatchWeights weights)
    {
        double sum = 0, total = 0;
        for (var k = 0; k < Kinds.Length; k++)
        {
            if (!Present[i][k]) continue;
            var w = weights[Kinds[k]];
            sum += w * Values[i][k];
            total += w;
        }
        return total > 0 ? sum / total : 1.0;
    }
}
