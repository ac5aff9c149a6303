using Matching.Explanations;
using Matching.Internal;
using Matching.Model;
using Matching.Places;

namespace Matching.Scoring;

/// <summary>
/// Areas the holder must know: the share of the posting's areas the candidate knows, where an
/// area is known when one of the candidate's areas covers it or lies in it (same cercle or region
/// as the names say) or the candidate lives in it. All known: met; some: partial; none: not met;
/// unknown where the profile gives neither areas known nor a home in the area.
/// </summary>
internal sealed class AreaCriterion : Criterion
{
    private readonly AreaRequirement _req;
    private readonly (string Folded, PlaceResolution? Place)[] _areas;

    public AreaCriterion(AreaRequirement req, Gazetteer gazetteer) : base(CriterionKind.Areas, req.Necessity)
    {
        _req = req;
        _areas = req.Areas.Select(a => (Text.Fold(a), gazetteer.Resolve(a))).ToArray();
    }

    public override Evaluation Evaluate(CandidateProfile profile, ScoringContext context) => Measure(profile, context, null);

    private Evaluation Measure(CandidateProfile profile, ScoringContext context, List<string>? known)
    {
        if (profile.AreasKnown is null && profile.Home is null) return Evaluation.Unknown(context.Options.UnknownCredit);
        var home = context.Resolve(profile.Home);
        var count = 0;
        foreach (var (folded, place) in _areas)
        {
            if (Knows(profile, context, home, folded, place))
            {
                count++;
                known?.Add(place?.Place.Name ?? folded);
            }
        }
        if (count == 0 && profile.AreasKnown is null) return Evaluation.Unknown(context.Options.UnknownCredit);
        var share = (double)count / _areas.Length;
        return new Evaluation(count == _areas.Length ? Outcome.Met : count > 0 ? Outcome.Partial : Outcome.NotMet, share);
    }

    private static bool Knows(CandidateProfile profile, ScoringContext context, PlaceResolution? home, string folded, PlaceResolution? area)
    {
        if (area is not null && home is not null && Gazetteer.Covers(area, home.Place)) return true;
        if (profile.AreasKnown is not { } known) return false;
        foreach (var k in known)
        {
            if (Text.Fold(k) == folded) return true;
            if (area is null) continue;
            var r = context.Resolve(k);
            if (r is not null && (Gazetteer.Covers(area, r.Place) || Gazetteer.Covers(r, area.Place))) return true;
        }
        return false;
    }

    public override CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases p)
    {
        var known = new List<string>();
        var e = Measure(profile, context, known);
        var expected = p.List(_req.Areas);
        var observed = profile.AreasKnown is { Count: > 0 } a ? p.List(a) : profile.AreasKnown is null ? p["areas.unknown"] : p["areas.none"];
        var key = e.Outcome switch
        {
            Outcome.Met => "areas.sentence.met",
            Outcome.Partial => "areas.sentence.partial",
            Outcome.NotMet => "areas.sentence.notmet",
            _ => "areas.sentence.unknown",
        };
        return Result(e, expected, observed, p.Format(key, expected, p.List(known), Need(p)));
    }
}
