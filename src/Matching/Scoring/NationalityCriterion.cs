using Matching.Explanations;
using Matching.Internal;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// A nationality requirement (national staff posts): met when the profile names the required
/// country ("malienne", "Malien", "Mali"; one of several nationalities is enough).
/// </summary>
internal sealed class NationalityCriterion : Criterion
{
    private readonly string _nationality;
    private readonly IReadOnlySet<string> _countries;
    private readonly string _fallback;

    public NationalityCriterion(string nationality) : base(CriterionKind.Nationality, Necessity.Required)
    {
        _nationality = nationality;
        _countries = Nationalities.Countries(nationality);
        _fallback = Nationalities.FallbackKey(nationality);
    }

    /// <summary>Whether a stated nationality satisfies the requirement.</summary>
    internal bool Accepts(string nationality)
    {
        if (_countries.Count == 0) return Nationalities.FallbackKey(nationality) == _fallback;
        return Nationalities.Countries(nationality).Overlaps(_countries);
    }

    public override Evaluation Evaluate(CandidateProfile profile, ScoringContext context)
        => string.IsNullOrWhiteSpace(profile.Nationality) ? Evaluation.Unknown(context.Options.UnknownCredit)
            : Accepts(profile.Nationality) ? new Evaluation(Outcome.Met, 1) : new Evaluation(Outcome.NotMet, 0);

    public override CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases p)
    {
        var e = Evaluate(profile, context);
        var observed = profile.Nationality ?? p["nationality.unknown"];
        var key = e.Outcome switch { Outcome.Met => "nationality.sentence.met", Outcome.NotMet => "nationality.sentence.notmet", _ => "nationality.sentence.unknown" };
        return Result(e, _nationality, observed, p.Format(key, _nationality, observed));
    }
}
