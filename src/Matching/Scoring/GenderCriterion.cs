using Matching.Explanations;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>A post reserved to one sex: met by that sex, not met by the other, unknown where the profile does not say. Built only for such posts.</summary>
internal sealed class GenderCriterion : Criterion
{
    private readonly Sex _reservedTo;

    public GenderCriterion(Sex reservedTo) : base(CriterionKind.Gender, Necessity.Required) => _reservedTo = reservedTo;

    public override Evaluation Evaluate(CandidateProfile profile, ScoringContext context)
        => profile.Gender is not { } g ? Evaluation.Unknown(context.Options.UnknownCredit)
            : g == _reservedTo ? new Evaluation(Outcome.Met, 1) : new Evaluation(Outcome.NotMet, 0);

    public override CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases p)
    {
        var e = Evaluate(profile, context);
        var expected = p[_reservedTo == Sex.Female ? "gender.reserved.female" : "gender.reserved.male"];
        var observed = profile.Gender switch { Sex.Female => p["gender.female"], Sex.Male => p["gender.male"], _ => p["gender.unknown"] };
        var key = e.Outcome switch { Outcome.Met => _reservedTo == Sex.Male ? "gender.sentence.met.male" : "gender.sentence.met", Outcome.NotMet => "gender.sentence.notmet", _ => "gender.sentence.unknown" };
        return Result(e, expected, observed, p.Format(key, expected, observed));
    }
}
