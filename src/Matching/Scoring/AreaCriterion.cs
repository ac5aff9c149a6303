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
        for (var j = 0; j < _areas.Length; j++)
        {
            if (Knows(profile, context, home, j))
            {
                count++;
                known?.Add(_areas[j].Place?.Place.Name ?? _areas[j].Folded);
            }
        }
        return Combine(count, profile.AreasKnown is null, context.Options.UnknownCredit);
    }

    /// <summary>How many areas the posting names.</summary>
    internal int AreaCount => _areas.Length;

    /// <summary>The evaluation from the number of areas known and whether the profile lists none (null list).</summary>
    internal Evaluation Combine(int count, bool areasUnknown, double unknownCredit)
    {
        if (count == 0 && areasUnknown) return Evaluation.Unknown(unknownCredit);
        var share = (double)count / _areas.Length;
        return new Evaluation(count == _areas.Length ? Outcome.Met : count > 0 ? Outcome.Partial : Outcome.NotMet, share);
    }

    /// <summary>Whether living at a (resolved) home means knowing area j.</summary>
    internal bool HomeKnows(int j, PlaceResolution? home)
        => _areas[j].Place is { } area && home is not null && Gazetteer.Covers(area, home.Place);

    /// <summary>Whether naming <paramref name="name"/> (resolved as <paramref name="resolved"/>) among the areas known means knowing area j.</summary>
    internal bool NameKnows(int j, string name, PlaceResolution? resolved)
    {
        var (folded, area) = _areas[j];
        if (Text.Fold(name) == folded) return true;
        return area is not null && resolved is not null && (Gazetteer.Covers(area, resolved.Place) || Gazetteer.Covers(resolved, area.Place));
    }

    private bool Knows(CandidateProfile profile, ScoringContext context, PlaceResolution? home, int j)
    {
        if (HomeKnows(j, home)) return true;
        if (profile.AreasKnown is not { } known) return false;
        foreach (var k in known)
            if (NameKnows(j, k, context.Resolve(k))) return true;
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
        return Result(e, expected, observed, p.Format(key, expected, p.List(known), NeedFeminine(p)));
    }
}
