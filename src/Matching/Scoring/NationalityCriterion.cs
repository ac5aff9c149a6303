using Matching.Explanations;
using Matching.Internal;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>A nationality requirement (national staff posts): the folded stems must agree ("malienne", "malien", "Mali").</summary>
internal sealed class NationalityCriterion : Criterion
{
    private readonly string _nationality;
    private readonly string _stem;

    public NationalityCriterion(string nationality) : base(CriterionKind.Nationality, Necessity.Required)
    {
        _nationality = nationality;
        _stem = Stem(nationality);
    }

    private static string Stem(string s)
    {
        var f = Text.Fold(s).Replace("nationalite", "", StringComparison.Ordinal).Trim();
        return f.Length > 4 ? f[..4] : f;
    }

    public override Evaluation Evaluate(CandidateProfile profile, ScoringContext context)
        => string.IsNullOrWhiteSpace(profile.Nationality) ? Evaluation.Unknown(context.Options.UnknownCredit)
            : Stem(profile.Nationality) == _stem ? new Evaluation(Outcome.Met, 1) : new Evaluation(Outcome.NotMet, 0);

    public override CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases p)
    {
        var e = Evaluate(profile, context);
        var observed = profile.Nationality ?? p["nationality.unknown"];
        var key = e.Outcome switch { Outcome.Met => "nationality.sentence.met", Outcome.NotMet => "nationality.sentence.notmet", _ => "nationality.sentence.unknown" };
        return Result(e, _nationality, observed, p.Format(key, _nationality, observed));
    }
}
