using Matching.Explanations;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// Everything about a posting that does not depend on the candidate, computed once: its criteria
/// in display order with their weights, and the reference month.
/// </summary>
internal sealed class CompiledPosting
{
    private CompiledPosting(Posting posting, MatchOptions options, Criterion[] criteria)
    {
        Posting = posting;
        Options = options;
        Criteria = criteria;
        TotalWeight = criteria.Sum(c => c.Weight);
        var reference = options.ReferenceDate ?? posting.Deadline ?? posting.Start?.Date;
        ReferenceMonth = reference is { } r ? new YearMonth(r.Year, r.Month).Index : null;
    }

    public Posting Posting { get; }

    public MatchOptions Options { get; }

    public Criterion[] Criteria { get; }

    public double TotalWeight { get; }

    public int? ReferenceMonth { get; }

    public static CompiledPosting Compile(Posting posting, MatchOptions options)
    {
        var list = new List<Criterion>();
        if (posting.ReservedTo is { } sex) list.Add(new GenderCriterion(sex));
        if (!string.IsNullOrWhiteSpace(posting.Nationality)) list.Add(new NationalityCriterion(posting.Nationality));
        if (posting.Education is { } edu) list.Add(new EducationCriterion(edu));
        if (posting.Experience is { } exp) list.Add(new ExperienceCriterion(exp, new ExperienceRelevance(posting)));
        foreach (var g in posting.Languages) list.Add(new LanguageCriterion(g));
        foreach (var l in posting.Licences) list.Add(new LicenceCriterion(l));
        if (posting.AreasToKnow is { } areas) list.Add(new AreaCriterion(areas, options.Gazetteer));
        if (posting.Locations.Count > 0) list.Add(new LocationCriterion(posting.Locations, options.Gazetteer));
        if (posting.Skills.Count > 0) list.Add(new SkillsCriterion(posting.Skills));
        foreach (var group in list.GroupBy(c => c.Kind))
        {
            var share = options.Weights[group.Key] / group.Count();
            foreach (var c in group) c.Weight = share;
        }
        return new CompiledPosting(posting, options, list.ToArray());
    }

    public ScoringContext NewContext() => new(Options, ReferenceMonth);

    /// <summary>The hot path: the score and the eligibility flags, no text.</summary>
    public double Score(CandidateProfile profile, ScoringContext context, out bool eligible, out bool nearMiss, out bool review, out int missed)
    {
        double sum = 0;
        var failed = 0;
        var nearFailed = 0;
        var unknownRequired = 0;
        foreach (var c in Criteria)
        {
            var e = c.Evaluate(profile, context);
            sum += c.Weight * e.Score;
            if (c.Necessity != Necessity.Required) continue;
            if (e.Outcome == Outcome.NotMet)
            {
                failed++;
                if (e.NearMiss) nearFailed++;
            }
            else if (e.Outcome == Outcome.Unknown) unknownRequired++;
        }
        missed = failed;
        return Combine(sum, failed, nearFailed, unknownRequired, out eligible, out nearMiss, out review);
    }

    internal double Combine(double sum, int failed, int nearFailed, int unknownRequired, out bool eligible, out bool nearMiss, out bool review)
    {
        var excludedUnknown = Options.UnknownRequired == UnknownPolicy.Exclude ? unknownRequired : 0;
        eligible = failed == 0 && excludedUnknown == 0;
        nearMiss = !eligible && failed == 1 && nearFailed == 1 && excludedUnknown == 0;
        review = unknownRequired > 0;
        return TotalWeight > 0 ? sum / TotalWeight : 1.0;
    }

    /// <summary>The cold path: every criterion explained, through the same formulas.</summary>
    public RankedCandidate Explain(CandidateProfile profile, int rank, ScoringContext context, Phrases phrases)
    {
        var results = new CriterionResult[Criteria.Length];
        double sum = 0;
        int failed = 0, nearFailed = 0, unknownRequired = 0;
        for (var i = 0; i < Criteria.Length; i++)
        {
            var c = Criteria[i];
            var r = c.Explain(profile, context, phrases);
            results[i] = r;
            sum += c.Weight * r.Score;
            if (c.Necessity != Necessity.Required) continue;
            if (r.Outcome == Outcome.NotMet) { failed++; if (r.NearMiss) nearFailed++; }
            else if (r.Outcome == Outcome.Unknown) unknownRequired++;
        }
        var score = Combine(sum, failed, nearFailed, unknownRequired, out var eligible, out var nearMiss, out var review);
        var failedNames = results.Where(r => r.Necessity == Necessity.Required && r.Outcome == Outcome.NotMet).Select(r => $"{phrases["criterion." + Key(r.Kind)]} ({r.Sentence})");
        var failedList = string.Join(phrases["list.separator"], failedNames);
        var summary = eligible ? phrases["summary.eligible"]
            : failedList.Length == 0 ? phrases["summary.missing"]
            : phrases.Format(nearMiss ? "summary.nearmiss" : "summary.ineligible", failedList);
        if (review)
            summary += phrases.Format("summary.review", string.Join(", ", results.Where(r => r.Necessity == Necessity.Required && r.Outcome == Outcome.Unknown).Select(r => phrases["criterion." + Key(r.Kind)]).Distinct()));
        var root = new Explanation(score, phrases.Format("summary.score", phrases.Score(score)) + " — " + summary, CombineOperator.WeightedMean, results.Select(r => r.Explanation));
        return new RankedCandidate
        {
            Rank = rank,
            Id = profile.Id,
            Score = score,
            Eligible = eligible,
            NearMiss = nearMiss,
            NeedsReview = review,
            MissedRequired = failed,
            Criteria = results,
            Explanation = root,
            Summary = summary,
        };
    }

    internal static string Key(CriterionKind kind) => kind switch
    {
        CriterionKind.Education => "education",
        CriterionKind.Experience => "experience",
        CriterionKind.Languages => "languages",
        CriterionKind.Licences => "licences",
        CriterionKind.Location => "location",
        CriterionKind.Areas => "areas",
        CriterionKind.Skills => "skills",
        CriterionKind.Gender => "gender",
        _ => "nationality",
    };
}
