using Matching.Learning;
using Matching.Model;
using Matching.Scoring;
using Matching.Tests.Generators;
using Xunit;
using Xunit.Abstractions;

namespace Matching.Tests.Learning;

public class MatcherTrainerTests(ITestOutputHelper output)
{
    private static readonly TrainerOptions Options = new() { ReferenceDate = SyntheticDecisions.ReferenceDate, Seed = 3 };

    /// <summary>NDCG@10 of the ranking by some weights against the noise-free hidden grades (posting quantiles of the hidden score).</summary>
    private static double NdcgAgainstHidden(SyntheticDecisions data, Posting posting, MatchWeights weights)
    {
        var hidden = data.HiddenScores(posting);
        var sorted = hidden.Values.OrderByDescending(x => x).ToArray();
        double Q(double share) => sorted[Math.Min(sorted.Length - 1, (int)(share * sorted.Length))];
        int Grade(double h) => h > Q(0.15) ? 3 : h > Q(0.35) ? 2 : h > Q(0.65) ? 1 : 0;
        var ranked = Matcher.Rank(data.Candidates, posting, new MatchOptions { Weights = weights, ReferenceDate = SyntheticDecisions.ReferenceDate }).Results;
        var gains = ranked.Select(x => Math.Pow(2, Grade(hidden[x.Id])) - 1).ToArray();
        var ideal = hidden.Values.Select(h => Math.Pow(2, Grade(h)) - 1).OrderByDescending(g => g).ToArray();
        double dcg = 0, idcg = 0;
        for (var i = 0; i < 10; i++)
        {
            dcg += gains[i] / Math.Log2(i + 2);
            idcg += ideal[i] / Math.Log2(i + 2);
        }
        return dcg / idcg;
    }

    [Fact]
    public void Train_DecisionsFromHiddenWeights_RecoversTheRankingOnUnseenPostings()
    {
        var data = new SyntheticDecisions(seed: 11, postings: 8, candidates: 80, noise: 0.02);
        var trainPostings = data.Postings.Take(5).ToHashSet();
        var unseen = data.Postings.Skip(5).ToArray();

        var result = MatcherTrainer.Train(data.Decisions.Where(d => trainPostings.Contains(d.Posting)), Options);

        var learned = unseen.Select(p => NdcgAgainstHidden(data, p, result.Weights)).Average();
        var baseline = unseen.Select(p => NdcgAgainstHidden(data, p, MatchWeights.Default)).Average();
        output.WriteLine($"unseen NDCG@10 learned {learned:0.000}, default {baseline:0.000}; held-out AUC {result.Auc:0.000} NDCG@10 {result.Ndcg10:0.000} (default {result.DefaultAuc:0.000} / {result.DefaultNdcg10:0.000})");
        output.WriteLine(Matching.Serialization.MatchingJson.WriteWeights(result.Weights));
        Assert.True(learned >= 0.95, $"NDCG@10 on unseen postings {learned:0.000}");
        Assert.True(result.Auc >= 0.9, $"held-out AUC {result.Auc:0.000}");
        Assert.True(result.Ndcg10 >= 0.9, $"held-out NDCG@10 {result.Ndcg10:0.000}");
    }

    [Fact]
    public void Train_DecisionsFromHiddenWeights_LearnsNonNegativeWeightsSummingToOne()
    {
        var data = new SyntheticDecisions(seed: 5, postings: 4, candidates: 60, noise: 0.05);

        var w = MatcherTrainer.Train(data.Decisions, Options).Weights;

        var scored = new[] { w.Education, w.Experience, w.Languages, w.Licences, w.Location, w.Areas, w.Skills };
        Assert.All(scored, x => Assert.True(x >= 0));
        Assert.Equal(1.0, scored.Sum(), 6);
        Assert.Equal(MatchWeights.Default.Gender, w.Gender);
        Assert.Equal(MatchWeights.Default.Nationality, w.Nationality);
        Assert.True(w.Experience > w.Licences, $"experience {w.Experience:0.000} should outweigh licences {w.Licences:0.000}, which the hidden weights ignore");
        Assert.Equal(MatchWeights.Default.Areas, w.Areas);
    }

    [Fact]
    public void Train_GenderNamesAndIdsPermuted_LearnsTheSameWeights()
    {
        var data = new SyntheticDecisions(seed: 7, postings: 3, candidates: 50, noise: 0.05);
        var people = data.Candidates;
        var n = people.Length;
        var swapped = people.Select((c, i) => (c.Id, Swapped: c with
        {
            Id = $"x-{(i * 17 + 5) % n:000}",
            Name = people[(i + 7) % n].Name,
            Gender = people[(i + 3) % n].Gender == Sex.Female ? Sex.Male : Sex.Female,
        })).ToDictionary(x => x.Id, x => x.Swapped);
        var permuted = data.Decisions.Select(d => new Decision(d.Posting, swapped[d.Candidate.Id], d.Grade!.Value)).ToList();

        var a = MatcherTrainer.Train(data.Decisions, Options);
        var b = MatcherTrainer.Train(permuted, Options);

        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Auc, b.Auc);
        Assert.Equal(a.Ndcg10, b.Ndcg10);
    }

    [Fact]
    public void Train_SameDecisionsAndSeed_IsDeterministic()
    {
        var data = new SyntheticDecisions(seed: 9, postings: 3, candidates: 40, noise: 0.05);

        var a = MatcherTrainer.Train(data.Decisions, Options);
        var b = MatcherTrainer.Train(data.Decisions, Options);

        Assert.Equal(a, b with { Notes = a.Notes, NotesFr = a.NotesFr });
        Assert.Equal(a.Notes, b.Notes);
        Assert.Equal(a.NotesFr, b.NotesFr);
        Assert.Equal(a.Notes.Count, a.NotesFr.Count);
        Assert.All(a.NotesFr, n => Assert.DoesNotContain("decisions", n, StringComparison.Ordinal));
    }

    [Fact]
    public void Train_FewerThanThirtyDecisions_RefusesSayingHowMany()
    {
        var data = new SyntheticDecisions(seed: 1, postings: 2, candidates: 12, noise: 0.05);

        var e = Assert.Throws<InsufficientDecisionsException>(() => MatcherTrainer.Train(data.Decisions, Options));

        Assert.Contains("24 decisions", e.Message);
        Assert.Contains("30", e.Message);
    }

    [Fact]
    public void Train_OnePosting_RefusesSayingPostings()
    {
        var data = new SyntheticDecisions(seed: 1, postings: 1, candidates: 60, noise: 0.05);

        var e = Assert.Throws<InsufficientDecisionsException>(() => MatcherTrainer.Train(data.Decisions, Options));

        Assert.Contains("posting", e.Message);
    }

    [Fact]
    public void Train_FewShortlisted_RefusesAsOneSided()
    {
        var data = new SyntheticDecisions(seed: 1, postings: 3, candidates: 30, noise: 0.05);
        var yes = 0;
        var decisions = data.Decisions.Select(d => new Decision(d.Posting, d.Candidate, d.Shortlisted && yes++ < 4)).ToList();

        var e = Assert.Throws<InsufficientDecisionsException>(() => MatcherTrainer.Train(decisions, Options));

        Assert.Contains("Only 4 of 90 decisions shortlist", e.Message);
    }

    [Fact]
    public void Train_FewRejected_RefusesAsOneSided()
    {
        var data = new SyntheticDecisions(seed: 1, postings: 3, candidates: 30, noise: 0.05);
        var no = 0;
        var decisions = data.Decisions.Select(d => new Decision(d.Posting, d.Candidate, no++ >= 3)).ToList();

        var e = Assert.Throws<InsufficientDecisionsException>(() => MatcherTrainer.Train(decisions, Options));

        Assert.Contains("Only 3 of 90 decisions reject", e.Message);
    }

    [Fact]
    public void Train_YesNoDecisions_LearnsFromShortlisting()
    {
        var data = new SyntheticDecisions(seed: 13, postings: 4, candidates: 60, noise: 0.02);
        var decisions = data.Decisions.Select(d => new Decision(d.Posting, d.Candidate, d.Shortlisted)).ToList();

        var result = MatcherTrainer.Train(decisions, Options);

        Assert.True(result.Auc >= 0.85, $"held-out AUC {result.Auc:0.000}");
        Assert.Equal(240, result.ExamplesUsed);
        Assert.Equal(4, result.Postings);
        Assert.InRange(result.HeldOut, 50, 70);
    }

    [Fact]
    public void Train_ShortlistingTheWorseOnTheOnlyCriterionThatVaries_Refuses()
    {
        // Candidates differ only by the licence; the recruiter shortlisted exactly those without one.
        var r = new Random(4);
        var postings = Enumerable.Range(0, 2).Select(i => SyntheticDecisions.Posting(r, i)).ToArray();
        var candidates = Enumerable.Range(0, 20).Select(i => new CandidateProfile($"c-{i}") { Licences = i % 2 == 0 ? [LicenceCategory.B] : [] }).ToArray();
        var decisions = postings.SelectMany(p => candidates.Select(c => new Decision(p, c, c.Licences!.Count == 0))).ToList();

        var e = Assert.Throws<InsufficientDecisionsException>(() => MatcherTrainer.Train(decisions, Options));

        Assert.Contains("criteria do not measure", e.Message);
    }
}
