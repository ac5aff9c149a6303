using Matching.Explanations;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// One criterion of a compiled posting. <see cref="Evaluate"/> is the hot path (no text, no
/// allocation beyond caches); <see cref="Explain"/> is the cold path for the results shown. Both
/// go through the same formula.
/// </summary>
internal abstract class Criterion
{
    protected Criterion(CriterionKind kind, Necessity necessity)
    {
        Kind = kind;
        Necessity = necessity;
    }

    public CriterionKind Kind { get; }

    public Necessity Necessity { get; }

    /// <summary>The weight in the candidate's score, set when the posting is compiled.</summary>
    public double Weight { get; set; }

    public abstract Evaluation Evaluate(CandidateProfile profile, ScoringContext context);

    public abstract CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases phrases);

    protected string Need(Phrases p) => Necessity == Necessity.Required ? p["required"] : p["preferred"];

    /// <summary>"requise" or "souhaitée": the necessity agreeing with a feminine noun ("connaissance").</summary>
    protected string NeedFeminine(Phrases p) => Necessity == Necessity.Required ? p["required.feminine"] : p["preferred.feminine"];

    protected CriterionResult Result(Evaluation e, string expected, string observed, string sentence, IEnumerable<Explanation>? details = null, CombineOperator op = CombineOperator.None)
        => new()
        {
            Kind = Kind,
            Necessity = Necessity,
            Outcome = e.Outcome,
            Score = e.Score,
            Weight = Weight,
            NearMiss = e.NearMiss,
            Expected = expected,
            Observed = observed,
            Sentence = sentence,
            Explanation = new Explanation(e.Score, sentence, details is null ? CombineOperator.None : op, details, Weight),
        };
}
