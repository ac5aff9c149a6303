using Matching.Explanations;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>A driving licence: held (C, D or E also cover B) scores 1, not held 0.</summary>
internal sealed class LicenceCriterion : Criterion
{
    private readonly LicenceCategory _category;

    public LicenceCriterion(LicenceRequirement req) : base(CriterionKind.Licences, req.Necessity) => _category = req.Category;

    public static bool Covers(LicenceCategory held, LicenceCategory asked)
        => held == asked || (asked == LicenceCategory.B && held is LicenceCategory.C or LicenceCategory.D or LicenceCategory.E);

    public override Evaluation Evaluate(CandidateProfile profile, ScoringContext context)
    {
        var held = profile.Licences;
        if (held is null) return Evaluation.Unknown(context.Options.UnknownCredit);
        foreach (var h in held)
            if (Covers(h, _category)) return new Evaluation(Outcome.Met, 1);
        return new Evaluation(Outcome.NotMet, 0);
    }

    public override CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases p)
    {
        var e = Evaluate(profile, context);
        var expected = p.Format("licence.expected", _category);
        var observed = profile.Licences is null ? p["licence.unknown"]
            : profile.Licences.Count == 0 ? p["licence.none"]
            : p.Format("licence.held", p.List(profile.Licences.Select(l => l.ToString())));
        var key = e.Outcome switch { Outcome.Met => "licence.sentence.met", Outcome.NotMet => "licence.sentence.notmet", _ => "licence.sentence.unknown" };
        return Result(e, expected, observed, p.Format(key, _category, Need(p), observed));
    }
}
