using Matching.Explanations;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// Experience: relevant years counted against the floor. Humanitarian postings count experience
/// in the post's line of work whether or not they say "pertinente", so every posting whose title
/// names a job family counts each job by its relevance; one that names none counts all years. A job counts with its relevance where that is at least
/// <see cref="ExperienceRelevance.Unclear"/> and not at all below, so the jobs the explanation
/// lists as not counted add nothing; each month counts once, at the best relevance of the jobs
/// that cover it, so adding a job never lowers the score. At or above the floor: 0.8 rising to 1 at twice the floor (or two
/// years above a floor under two). Below: 0.6 × years/floor, not met; a near miss from three
/// quarters of the floor or, from a two-year floor, one year short, whichever is lower. A scoped part ("dont 2 ans en ONG internationale") that the jobs
/// clearly do not cover makes a met floor partial, × 0.85.
/// </summary>
internal sealed class ExperienceCriterion : Criterion
{
    private readonly ExperienceRequirement _req;
    private readonly ExperienceRelevance _relevance;

    public ExperienceCriterion(ExperienceRequirement req, ExperienceRelevance relevance) : base(CriterionKind.Experience, req.Necessity)
    {
        _req = req;
        _relevance = relevance;
    }

    private bool CountsRelevantOnly => _relevance.CanJudge;

    public static Evaluation Formula(double years, double floor, bool scopeMissed)
    {
        if (years + 1e-9 >= floor)
        {
            var s = 0.8 + 0.2 * Math.Min(1.0, (years - floor) / Math.Max(floor, 2.0));
            return scopeMissed ? new Evaluation(Outcome.Partial, s * 0.85) : new Evaluation(Outcome.Met, s);
        }
        return new Evaluation(Outcome.NotMet, 0.6 * years / floor, years >= (floor >= 2 ? Math.Min(0.75 * floor, floor - 1) : 0.75 * floor));
    }

    public override Evaluation Evaluate(CandidateProfile profile, ScoringContext context)
        => Measure(profile, context, out _);

    private Evaluation Measure(CandidateProfile profile, ScoringContext context, out double years)
    {
        years = 0;
        var entries = profile.Experience;
        if (entries is null) return Evaluation.Unknown(context.Options.UnknownCredit);
        var n = entries.Count;
        Span<int> months = n <= 32 ? stackalloc int[n] : new int[n];
        Span<int> starts = n <= 32 ? stackalloc int[n] : new int[n];
        Span<int> ends = n <= 32 ? stackalloc int[n] : new int[n];
        Span<double> relevance = n <= 32 ? stackalloc double[n] : new double[n];
        Span<int> organizations = n <= 32 ? stackalloc int[n] : new int[n];
        for (var i = 0; i < n; i++)
        {
            var e = entries[i];
            ExperienceMonths.Encode(e, out months[i], out starts[i], out ends[i]);
            relevance[i] = _relevance.Of(e, context);
            organizations[i] = (int)(e.OrganizationType ?? 0);
        }
        return Measure(months, starts, ends, relevance, organizations, context.ReferenceMonth, out years);
    }

    /// <summary>
    /// The formula on primitives, shared by the profile path and the candidate index: job i as
    /// <see cref="ExperienceMonths.Encode"/> gives it, its relevance to the posting, and its
    /// organisation type (0 where unknown).
    /// </summary>
    internal Evaluation Measure(ReadOnlySpan<int> months, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, ReadOnlySpan<double> relevance, ReadOnlySpan<int> organizations, int? reference, out double years)
    {
        var n = relevance.Length;
        Span<double> weights = n <= 32 ? stackalloc double[n] : new double[n];
        for (var i = 0; i < n; i++) weights[i] = MonthWeight(relevance[i]);
        years = ExperienceMonths.Count(months, starts, ends, weights, reference) / 12.0;
        var scopeMissed = false;
        var scopes = _req.Scoped;
        for (var s = 0; s < scopes.Count; s++)
        {
            var scope = scopes[s];
            if (scope.OrganizationType is not null && organizations.Contains(0)) continue;
            for (var i = 0; i < n; i++) weights[i] = InScope(organizations[i], relevance[i], scope);
            var scoped = ExperienceMonths.Count(months, starts, ends, weights, reference) / 12.0;
            if (scoped + 1e-9 < scope.MinYears) scopeMissed = true;
        }
        return Formula(years, _req.MinYears, scopeMissed);
    }

    /// <summary>
    /// The weight of a job's months in a scoped part: 0 outside the kind of employer named (a UN
    /// agency counts as an international NGO); for a similar post, 1 only for a fully relevant job;
    /// else, where only relevant experience counts, the job's counted relevance, else 1.
    /// </summary>
    private double InScope(int organization, double relevance, ScopedExperience scope)
    {
        if (scope.OrganizationType is { } t && organization != (int)t && !(t == OrganizationType.Ingo && organization == (int)OrganizationType.Un)) return 0;
        if (scope.SimilarPost) return relevance >= ExperienceRelevance.Full ? 1 : 0;
        return MonthWeight(relevance);
    }

    /// <summary>The weight of a job's months toward the floor, from its relevance to the posting.</summary>
    internal double MonthWeight(double relevance) => CountsRelevantOnly ? Counted(relevance) : 1.0;

    /// <summary>The weight of a job's months: its relevance where it counts (at least <see cref="ExperienceRelevance.Unclear"/>), else none, as the explanation says.</summary>
    private static double Counted(double relevance) => relevance >= ExperienceRelevance.Unclear ? relevance : 0;

    /// <summary>The floor, in years.</summary>
    internal double MinYears => _req.MinYears;

    /// <summary>The relevance judge of the posting.</summary>
    internal ExperienceRelevance Relevance => _relevance;

    public override CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases p)
    {
        var e = Measure(profile, context, out var years);
        var floor = p.Years(_req.MinYears);
        var expected = _req.Domain is { } d ? p.Format("experience.expected.domain", floor, d) : p.Format("experience.expected", floor);
        foreach (var s in _req.Scoped) expected += p.Format("experience.expected.scope", p.Years(s.MinYears), s.Description);
        var kindWord = CountsRelevantOnly ? p["experience.relevant"] : p["experience.any"];
        var observed = profile.Experience is null ? p["experience.unknown"] : p.Format("experience.observed", p.Years(years), kindWord);
        string sentence = e.Outcome switch
        {
            Outcome.Unknown => p.Format("experience.sentence.unknown", floor, Need(p)),
            Outcome.NotMet => p.Format("experience.sentence.notmet", p.Years(years), kindWord, floor, Need(p), p.Years(_req.MinYears - years)),
            Outcome.Partial => p.Format("experience.sentence.partial", p.Years(years), kindWord, floor, Need(p), string.Join("; ", _req.Scoped.Select(s => s.Description))),
            _ => p.Format("experience.sentence.met", p.Years(years), kindWord, floor, Need(p)),
        };
        var details = new List<Explanation>();
        if (profile.Experience is { Count: > 0 } entries)
        {
            var counted = new List<string>();
            var notCounted = new List<string>();
            foreach (var x in entries)
            {
                var r = CountsRelevantOnly ? _relevance.Of(x, context) : 1.0;
                var label = x.Organization is { } o ? $"{x.Title ?? "?"} ({o})" : x.Title ?? "?";
                var length = ExperienceMonths.Length(x, context.ReferenceMonth);
                details.Add(new Explanation(r, p.Format("experience.entry", label, p.Years(length / 12.0), p.Score(r))));
                if (length <= 0)
                {
                    // nothing to count: an ongoing job without a date to count up to, or no length given
                    var ongoing = x.Months is null && x.Start is not null && x.End is null && context.ReferenceMonth is null;
                    notCounted.Add(p.Format(ongoing ? "experience.ongoing.noreference" : "experience.nolength", label));
                }
                else if (r >= ExperienceRelevance.Unclear) counted.Add(r >= ExperienceRelevance.Full ? label : p.Format("experience.partly", label));
                else notCounted.Add(label);
            }
            if (CountsRelevantOnly && counted.Count > 0) sentence += p.Format("experience.counted", string.Join(", ", counted));
            if (notCounted.Count > 0) sentence += p.Format("experience.notcounted", string.Join(", ", notCounted));
        }
        return Result(e, expected, observed, sentence, details.Count > 0 ? details : null, CombineOperator.None);
    }
}
