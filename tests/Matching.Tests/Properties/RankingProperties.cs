using FsCheck.Xunit;
using Matching.Model;
using Matching.Scoring;
using Matching.Tests.Generators;
using Xunit;

namespace Matching.Tests.Properties;

/// <summary>Rules every ranking obeys, checked on generated postings and profiles.</summary>
[Properties(Arbitrary = [typeof(MatchingArbitraries)], MaxTest = 150)]
public sealed class RankingProperties
{
    private static readonly MatchOptions Options = MatchingGen.Options;

    private static RankedCandidate One(CandidateProfile c, Posting p) => Matcher.Rank([c], p, Options).Results[0];

    // ---- order ----

    [Property]
    public void Rank_AnyCandidates_EligibleAboveIneligibleAndScoresInUnitInterval(RankCase rc)
    {
        var ranking = Matcher.Rank(rc.Candidates, rc.Posting, Options);
        var results = ranking.Results;
        Assert.Equal(rc.Candidates.Count, results.Count);
        Assert.Equal(results.Count(r => r.Eligible), ranking.EligibleCount);
        for (var i = 0; i < results.Count; i++)
        {
            Assert.Equal(i + 1, results[i].Rank);
            Assert.InRange(results[i].Score, 0.0, 1.0);
            Assert.False(double.IsNaN(results[i].Score));
        }
        var lastEligible = results.Select((r, i) => (r, i)).LastOrDefault(x => x.r.Eligible).i;
        var firstIneligible = results.Select((r, i) => (r, i)).FirstOrDefault(x => !x.r.Eligible, (null!, int.MaxValue)).i;
        if (results.Any(r => r.Eligible) && results.Any(r => !r.Eligible)) Assert.True(lastEligible < firstIneligible);
    }

    [Property]
    public void Rank_ShuffledCandidates_SameOrderAndTiesByOrdinalId(RankCase rc, int seed)
    {
        var first = Matcher.Rank(rc.Candidates, rc.Posting, Options).Results;
        var shuffled = rc.Candidates.OrderBy(_ => new Random(seed).Next()).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        var second = Matcher.Rank(shuffled, rc.Posting, Options).Results;
        Assert.Equal(first.Select(r => r.Id), second.Select(r => r.Id));
        Assert.Equal(first.Select(r => r.Score), second.Select(r => r.Score));
        for (var i = 0; i + 1 < first.Count; i++)
        {
            var (a, b) = (first[i], first[i + 1]);
            var (ta, tb) = (Tier(a), Tier(b));
            Assert.True(ta <= tb, $"{a.Id} (tier {ta}) above {b.Id} (tier {tb})");
            if (ta != tb) continue;
            Assert.True(a.Score >= b.Score, $"{a.Id} ({a.Score}) above {b.Id} ({b.Score})");
            if (a.Score == b.Score) Assert.True(string.CompareOrdinal(a.Id, b.Id) < 0, $"tie {a.Id} before {b.Id}");
        }
    }

    private static int Tier(RankedCandidate r) => r.Eligible ? 0 : r.NearMiss ? 1 : 2 + r.MissedRequired;

    // ---- preferred criteria ----

    [Property]
    public void Rank_RequirementMadePreferred_EligibleStaysEligible(PairCase pc)
    {
        var before = One(pc.Candidate, pc.Posting);
        var relaxed = Relax(pc.Posting, new Random(pc.Seed));
        var after = One(pc.Candidate, relaxed);
        if (before.Eligible) Assert.True(after.Eligible);
        Assert.True(!before.NeedsReview || after.NeedsReview || after.Criteria.Count(c => c.Necessity == Necessity.Required) < before.Criteria.Count(c => c.Necessity == Necessity.Required));
    }

    [Property]
    public void Rank_PreferredCriteriaRemoved_EligibilityUnchanged(PairCase pc)
    {
        var p = pc.Posting;
        var requiredOnly = p with
        {
            Education = p.Education is { Necessity: Necessity.Preferred } ? null : p.Education,
            Experience = p.Experience is { Necessity: Necessity.Preferred } ? null : p.Experience,
            Languages = p.Languages.Where(g => g.Necessity == Necessity.Required).ToList(),
            Licences = p.Licences.Where(l => l.Necessity == Necessity.Required).ToList(),
            AreasToKnow = p.AreasToKnow is { Necessity: Necessity.Preferred } ? null : p.AreasToKnow,
            Locations = [],
            Skills = [],
        };
        var full = One(pc.Candidate, p);
        var stripped = One(pc.Candidate, requiredOnly);
        Assert.Equal(stripped.Eligible, full.Eligible);
        Assert.Equal(stripped.NeedsReview, full.NeedsReview);
        Assert.Equal(stripped.NearMiss, full.NearMiss);
    }

    private static Posting Relax(Posting p, Random r)
    {
        switch (r.Next(5))
        {
            case 0 when p.Education is { } e:
                return p with { Education = new EducationRequirement(e.MinLevel, e.Fields, Necessity.Preferred) };
            case 1 when p.Experience is { } x:
                return p with { Experience = new ExperienceRequirement(x.MinYears, Necessity.Preferred, x.RelevantOnly, x.Domain, x.Scoped) };
            case 2 when p.Languages.Count > 0:
                var i = r.Next(p.Languages.Count);
                return p with { Languages = p.Languages.Select((g, j) => j == i ? new LanguageGroup(g.AnyOf, Necessity.Preferred, g.MinLevel, g.Modes) : g).ToList() };
            case 3 when p.Licences.Count > 0:
                return p with { Licences = p.Licences.Select(l => l with { Necessity = Necessity.Preferred }).ToList() };
            case 4 when p.AreasToKnow is { } a:
                return p with { AreasToKnow = new AreaRequirement(a.Areas, Necessity.Preferred) };
            default:
                return p with
                {
                    Education = p.Education is { } e2 ? new EducationRequirement(e2.MinLevel, e2.Fields, Necessity.Preferred) : null,
                    Experience = p.Experience is { } x2 ? new ExperienceRequirement(x2.MinYears, Necessity.Preferred, x2.RelevantOnly, x2.Domain, x2.Scoped) : null,
                };
        }
    }

    // ---- monotonicity ----

    private static void NeverWorse(PairCase pc, Func<CandidateProfile, Random, CandidateProfile?> improve, Posting? posting = null)
    {
        var p = posting ?? pc.Posting;
        var better = improve(pc.Candidate, new Random(pc.Seed));
        if (better is null) return;
        var before = One(pc.Candidate, p);
        var after = One(better, p);
        Assert.True(after.Score >= before.Score - 1e-12, $"score fell from {before.Score} to {after.Score}:\n{before.Explanation}\n{after.Explanation}");
        if (before.Eligible) Assert.True(after.Eligible, $"became ineligible: {after.Summary}");
    }

    private static T Pick<T>(IReadOnlyList<T> list, Random r) => list[r.Next(list.Count)];

    private static ExperienceEntry RandomJob(Random r)
    {
        var org = Pick(Vocabulary.Organizations, r);
        var title = Pick(Vocabulary.Titles, r);
        var start = new YearMonth(r.Next(2008, 2026), r.Next(1, 13));
        return r.Next(3) switch
        {
            0 => new ExperienceEntry { Title = title, Organization = org.Name, OrganizationType = org.Type, Months = r.Next(1, 60) },
            1 => new ExperienceEntry { Title = title, Organization = org.Name, OrganizationType = org.Type, Start = start },
            _ => new ExperienceEntry { Title = title, Organization = org.Name, OrganizationType = org.Type, Start = start, End = MatchingGen.Add(start, r.Next(0, 48)) },
        };
    }

    [Property]
    public void Rank_LongerJob_NeverLowersScoreOrEligibility(PairCase pc)
        => NeverWorse(pc, (c, r) =>
        {
            if (c.Experience is not { Count: > 0 } jobs) return null;
            var i = r.Next(jobs.Count);
            var j = jobs[i];
            var k = r.Next(1, 25);
            ExperienceEntry longer;
            if (j.Months is { } m) longer = j with { Months = Math.Min(720, m + k) };
            else if (j.Start is { } s && j.End is { } e) longer = r.Next(2) == 0 ? j with { End = MatchingGen.Add(e, k) } : j with { Start = MatchingGen.Add(s, -k) };
            else if (j.Start is { } s2) longer = j with { Start = MatchingGen.Add(s2, -k) };
            else return null;
            return c with { Experience = jobs.Select((x, n) => n == i ? longer : x).ToList() };
        });

    [Property]
    public void Rank_AddedJob_NeverLowersScoreOrEligibility(PairCase pc)
        => NeverWorse(pc, (c, r) => c.Experience is { } jobs ? c with { Experience = [.. jobs, RandomJob(r)] } : null);

    [Property]
    public void Rank_HigherDiploma_NeverLowersScoreOrEligibility(PairCase pc)
        => NeverWorse(pc, (c, r) =>
        {
            if (c.Education is not { } edu) return null;
            var raisable = edu.Select((e, i) => (e, i)).Where(x => x.e.Level is < DiplomaLevel.Bac8).ToList();
            if (raisable.Count == 0) return null;
            var (entry, index) = Pick(raisable, r);
            var higher = (DiplomaLevel)r.Next((int)entry.Level!.Value + 1, (int)DiplomaLevel.Bac8 + 1);
            return c with { Education = edu.Select((e, i) => i == index ? e with { Level = higher } : e).ToList() };
        });

    [Property]
    public void Rank_ExtraDiploma_NeverLowersScoreOrEligibility(PairCase pc)
        => NeverWorse(pc, (c, r) => c.Education is { } edu
            ? c with { Education = [.. edu, new EducationEntry(r.Next(4) == 0 ? null : (DiplomaLevel)r.Next(1, 9), Pick(Vocabulary.Fields, r))] }
            : null);

    [Property]
    public void Rank_OneMoreLanguage_NeverLowersScoreOrEligibility(PairCase pc)
        => NeverWorse(pc, (c, r) =>
        {
            if (c.Languages is not { } langs) return null;
            var other = LanguageKey.All.Where(k => k != LanguageKey.Local && langs.All(l => l.Language != k)).ToList();
            if (other.Count == 0) return null;
            LanguageLevel? level = r.Next(5) == 0 ? null : (LanguageLevel)r.Next(1, 5);
            return c with { Languages = [.. langs, new LanguageSkill(Pick(other, r), level)] };
        });

    [Property]
    public void Rank_BetterLanguageLevel_NeverLowersScoreOrEligibility(PairCase pc)
        => NeverWorse(pc, (c, r) =>
        {
            if (c.Languages is not { } langs) return null;
            var raisable = langs.Select((l, i) => (l, i)).Where(x => x.l.Level is < LanguageLevel.Native).ToList();
            if (raisable.Count == 0) return null;
            var (skill, index) = Pick(raisable, r);
            var better = (LanguageLevel)r.Next((int)skill.Level!.Value + 1, 5);
            return c with { Languages = langs.Select((l, i) => i == index ? l with { Level = better } : l).ToList() };
        });

    [Property]
    public void Rank_OneMoreLicence_NeverLowersScoreOrEligibility(PairCase pc)
        => NeverWorse(pc, (c, r) =>
        {
            if (c.Licences is not { } held) return null;
            var other = Enum.GetValues<LicenceCategory>().Except(held).ToList();
            return other.Count == 0 ? null : c with { Licences = [.. held, Pick(other, r)] };
        });

    [Property]
    public void Rank_LivingInSevareRatherThanBamakoForMoptiPost_NeverLowersScore(PairCase pc)
    {
        // Areas to know are left out: moving home also changes which areas a candidate knows.
        var posting = pc.Posting with { Locations = ["Mopti"], AreasToKnow = null };
        var far = pc.Candidate with { Home = "Bamako" };
        NeverWorse(pc with { Candidate = far }, (c, _) => c with { Home = "Sévaré" }, posting);
        var before = One(far, posting);
        var after = One(far with { Home = "Sévaré" }, posting);
        var loc = (before.Criteria.Single(x => x.Kind == CriterionKind.Location), after.Criteria.Single(x => x.Kind == CriterionKind.Location));
        Assert.True(loc.Item2.Score > loc.Item1.Score || loc.Item1.Score == 1);
    }

    [Property]
    public void Rank_KnowingOneMoreArea_NeverLowersScoreOrEligibility(PairCase pc)
        => NeverWorse(pc, (c, r) =>
        {
            if (c.AreasKnown is not { } known) return null;
            var pool = pc.Posting.Locations.Concat(pc.Posting.AreasToKnow?.Areas ?? []).Concat(Vocabulary.Places).ToList();
            return c with { AreasKnown = [.. known, Pick(pool, r)] };
        });

    [Property]
    public void Rank_OneMoreSkill_NeverLowersScoreOrEligibility(PairCase pc)
        => NeverWorse(pc, (c, r) => c.Skills is { } held ? c with { Skills = [.. held, Pick(Vocabulary.Skills, r)] } : null);

    // ---- gender, names and ids ----

    [Property]
    public void Rank_PostNotReserved_GenderChangesNothing(PairCase pc)
    {
        var p = pc.Posting with { ReservedTo = null };
        var results = new Sex?[] { Sex.Female, Sex.Male, null }.Select(g => One(pc.Candidate with { Gender = g }, p)).ToList();
        foreach (var r in results.Skip(1))
        {
            Assert.Equal(results[0].Score, r.Score);
            Assert.Equal(results[0].Eligible, r.Eligible);
            Assert.Equal(results[0].NeedsReview, r.NeedsReview);
            Assert.Equal(results[0].Criteria.Select(c => c.Sentence), r.Criteria.Select(c => c.Sentence));
        }
    }

    [Property]
    public void Rank_OtherNameAndId_SameScore(PairCase pc)
    {
        var a = One(pc.Candidate, pc.Posting);
        foreach (var name in new[] { null, "", "Fatoumata Coulibaly", "Oumar Maïga" })
        {
            var b = One(pc.Candidate with { Id = "zz-" + pc.Seed, Name = name }, pc.Posting);
            Assert.Equal(a.Score, b.Score);
            Assert.Equal(a.Eligible, b.Eligible);
            Assert.Equal(a.Summary, b.Summary);
        }
    }

    // ---- unknown ----

    [Property]
    public void Rank_NullList_OutcomeUnknownAndRequiredNeedsReview(PairCase pc)
    {
        var c = pc.Candidate;
        var r = One(c, pc.Posting);
        foreach (var cr in r.Criteria)
        {
            var unknown = cr.Kind switch
            {
                CriterionKind.Education => c.Education is null,
                CriterionKind.Experience => c.Experience is null,
                CriterionKind.Languages => c.Languages is null,
                CriterionKind.Licences => c.Licences is null,
                CriterionKind.Skills => c.Skills is null,
                CriterionKind.Areas or CriterionKind.Location => c.AreasKnown is null && c.Home is null,
                CriterionKind.Gender => c.Gender is null,
                CriterionKind.Nationality => c.Nationality is null,
                _ => false,
            };
            if (unknown) Assert.Equal(Outcome.Unknown, cr.Outcome);
        }
        var requiredUnknown = r.Criteria.Any(x => x.Necessity == Necessity.Required && x.Outcome == Outcome.Unknown);
        Assert.Equal(requiredUnknown, r.NeedsReview);
        var excluded = Matcher.Rank([c], pc.Posting, new MatchOptions { ReferenceDate = MatchingGen.ReferenceDate, UnknownRequired = UnknownPolicy.Exclude }).Results[0];
        if (requiredUnknown) Assert.False(excluded.Eligible);
        else Assert.Equal(r.Eligible, excluded.Eligible);
    }

    [Property]
    public void Rank_AllListsUnknown_EveryCriterionUnknownNeverMetOrNotMet(PairCase pc)
    {
        var blank = new CandidateProfile(pc.Candidate.Id);
        var r = One(blank, pc.Posting);
        Assert.All(r.Criteria, c => Assert.Equal(Outcome.Unknown, c.Outcome));
        Assert.True(r.Eligible);
        Assert.Equal(r.Criteria.Any(c => c.Necessity == Necessity.Required), r.NeedsReview);
    }

    // ---- overlapping jobs ----

    [Property]
    public void Rank_DatedJobDuplicated_SameScore(PairCase pc)
    {
        if (pc.Candidate.Experience is not { } jobs) return;
        var dated = jobs.Where(j => j.Start is not null && j.Months is null).ToList();
        if (dated.Count == 0) return;
        var copy = dated[new Random(pc.Seed).Next(dated.Count)];
        var twice = pc.Candidate with { Experience = [.. jobs, copy with { Organization = copy.Organization }] };
        var a = One(pc.Candidate, pc.Posting);
        var b = One(twice, pc.Posting);
        Assert.Equal(a.Score, b.Score, 12);
        Assert.Equal(a.Eligible, b.Eligible);
    }

    // ---- explanations ----

    [Property]
    public void Rank_AnyCandidates_ExplanationValueEqualsScore(RankCase rc)
    {
        foreach (var r in Matcher.Rank(rc.Candidates, rc.Posting, Options).Results)
        {
            Assert.Equal(r.Score, r.Explanation.Value);
            Assert.Equal(r.Score, r.Explanation.Combine(), 12);
            Assert.Equal(r.Criteria.Count, r.Explanation.Details.Count);
            foreach (var c in r.Criteria)
            {
                Assert.Equal(c.Score, c.Explanation.Value);
                Assert.Equal(c.Weight, c.Explanation.Weight);
                if (c.Explanation.Operator != Matching.Explanations.CombineOperator.None && c.Explanation.Details.Count > 0)
                    Assert.Equal(c.Score, c.Explanation.Combine(), 12);
                Assert.InRange(c.Score, 0.0, 1.0);
                Assert.False(string.IsNullOrWhiteSpace(c.Sentence));
            }
        }
    }

    [Property]
    public void Explain_AnyCandidate_AgreesWithRank(RankCase rc)
    {
        var ranking = Matcher.Rank(rc.Candidates, rc.Posting, Options);
        var byId = rc.Candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var r in ranking.Results)
        {
            var e = Matcher.Explain(byId[r.Id], rc.Posting, Options);
            Assert.Equal(r.Score, e.Score);
            Assert.Equal(r.Eligible, e.Eligible);
            Assert.Equal(r.NearMiss, e.NearMiss);
            Assert.Equal(r.NeedsReview, e.NeedsReview);
            Assert.Equal(r.Summary, e.Summary);
            Assert.Equal(r.Criteria.Select(c => (c.Kind, c.Outcome, c.Score, c.Sentence)), e.Criteria.Select(c => (c.Kind, c.Outcome, c.Score, c.Sentence)));
        }
    }

    // ---- top-k and merge ----

    [Property]
    public void Rank_TopK_EqualsPrefixOfFullRanking(RankCase rc, int seed)
    {
        var full = Matcher.Rank(rc.Candidates, rc.Posting, Options);
        var k = new Random(seed).Next(1, rc.Candidates.Count + 2);
        var top = Matcher.Rank(rc.Candidates, rc.Posting, new MatchOptions { ReferenceDate = MatchingGen.ReferenceDate, Top = k });
        Assert.Equal(full.Results.Take(k).Select(r => (r.Rank, r.Id, r.Score)), top.Results.Select(r => (r.Rank, r.Id, r.Score)));
        Assert.Equal(full.CandidateCount, top.CandidateCount);
        Assert.Equal(full.EligibleCount, top.EligibleCount);
    }

    [Property]
    public void Merge_RankingsOfRandomShards_EqualsRankingTheWhole(RankCase rc, int seed)
    {
        var r = new Random(seed);
        var shardCount = r.Next(1, 5);
        var shards = Enumerable.Range(0, shardCount).Select(_ => new List<CandidateProfile>()).ToList();
        foreach (var c in rc.Candidates) shards[r.Next(shardCount)].Add(c);
        var parts = shards.Where(s => s.Count > 0).Select(s => Matcher.Rank(s, rc.Posting, Options)).ToList();
        var whole = Matcher.Rank(rc.Candidates, rc.Posting, Options);
        var merged = Ranking.Merge(parts);
        Assert.Equal(whole.Results.Select(x => (x.Rank, x.Id, x.Score, x.Eligible)), merged.Results.Select(x => (x.Rank, x.Id, x.Score, x.Eligible)));
        Assert.Equal(whole.CandidateCount, merged.CandidateCount);
        Assert.Equal(whole.EligibleCount, merged.EligibleCount);
        var k = r.Next(1, rc.Candidates.Count + 1);
        Assert.Equal(whole.Results.Take(k).Select(x => x.Id), Ranking.Merge(parts, k).Results.Select(x => x.Id));
    }
}
