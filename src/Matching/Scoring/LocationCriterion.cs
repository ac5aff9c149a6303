using Matching.Explanations;
using Matching.Model;
using Matching.Places;

namespace Matching.Scoring;

/// <summary>
/// Where the candidate lives, against the nearest duty station. Score by great-circle distance d:
/// 1 up to 15 km, then 1 / (1 + (d − 15)/100) (0.74 at 50 km, 0.43 at 150 km, 0.18 at 460 km).
/// Knowing the station's area (an area known that covers it, or a home in its cercle) counts as
/// being 25 km away (0.91) where that is better. Met up to 50 km or with the area known, partial
/// up to 150 km, not met beyond; a preference, never an eligibility rule.
/// </summary>
internal sealed class LocationCriterion : Criterion
{
    public const double NearKm = 15, AreaKm = 25, MetKm = 50, PartialKm = 150;
    private readonly IReadOnlyList<string> _names;
    private readonly PlaceResolution[] _stations;

    public LocationCriterion(IReadOnlyList<string> locations, Gazetteer gazetteer) : base(CriterionKind.Location, Necessity.Preferred)
    {
        _names = locations;
        _stations = locations.Select(gazetteer.Resolve).OfType<PlaceResolution>().ToArray();
    }

    public static double Curve(double km) => km <= NearKm ? 1 : 1 / (1 + (km - NearKm) / 100);

    public static Evaluation Formula(double? km, bool knowsArea)
    {
        var s = km is { } d ? Curve(d) : 0;
        if (knowsArea) s = Math.Max(s, Curve(AreaKm));
        var outcome = s >= Curve(MetKm) ? Outcome.Met : s >= Curve(PartialKm) ? Outcome.Partial : Outcome.NotMet;
        return new Evaluation(outcome, s);
    }

    public override Evaluation Evaluate(CandidateProfile profile, ScoringContext context) => Measure(profile, context, out _, out _, out _);

    private Evaluation Measure(CandidateProfile profile, ScoringContext context, out PlaceResolution? home, out PlaceResolution? nearest, out double? km)
    {
        home = null;
        nearest = null;
        km = null;
        if (_stations.Length == 0) return Evaluation.Unknown(context.Options.UnknownCredit);
        home = context.Resolve(profile.Home);
        var knowsArea = false;
        if (home is not null) km = FromHome(home.Place, out nearest, out knowsArea);
        if (profile.AreasKnown is { } areas)
        {
            foreach (var a in areas)
            {
                var r = context.Resolve(a);
                if (r is not null && Knows(r, out var station))
                {
                    knowsArea = true;
                    nearest ??= station;
                }
            }
        }
        return Combine(km, knowsArea, context.Options.UnknownCredit);
    }

    /// <summary>Whether the posting has a duty station the gazetteer resolves.</summary>
    internal bool HasStations => _stations.Length > 0;

    /// <summary>The distance from a home to the nearest station, and whether a station's area covers the home.</summary>
    internal double FromHome(Place home, out PlaceResolution? nearest, out bool covered)
    {
        double? km = null;
        nearest = null;
        covered = false;
        foreach (var s in _stations)
        {
            var d = Gazetteer.DistanceKm(home, s.Place);
            if (km is null || d < km) { km = d; nearest = s; }
            if (Gazetteer.Covers(s, home)) covered = true;
        }
        return km!.Value;
    }

    /// <summary>Whether an area the candidate knows covers a station or lies in one's area; the first such station.</summary>
    internal bool Knows(PlaceResolution area, out PlaceResolution? station)
    {
        foreach (var s in _stations)
        {
            if (Gazetteer.Covers(area, s.Place) || Gazetteer.Covers(s, area.Place))
            {
                station = s;
                return true;
            }
        }
        station = null;
        return false;
    }

    /// <summary>The evaluation from the distance (null where the home is not known) and whether a station's area is known.</summary>
    internal static Evaluation Combine(double? km, bool knowsArea, double unknownCredit)
        => km is null && !knowsArea ? Evaluation.Unknown(unknownCredit) : Formula(km, knowsArea);

    public override CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases p)
    {
        var e = Measure(profile, context, out var home, out var nearest, out var km);
        var expected = p.List(_names, or: true);
        string observed = profile.Home ?? p["location.unknown"];
        string sentence;
        if (_stations.Length == 0) sentence = p.Format("location.sentence.nostation", expected);
        else if (e.Outcome == Outcome.Unknown)
            sentence = profile.Home is null ? p.Format("location.sentence.unknown", expected) : p.Format("location.sentence.unresolved", profile.Home);
        else if (km is { } d && nearest is not null)
        {
            sentence = d < 2 ? p.Format("location.sentence.at", home!.Place.Name) : p.Format("location.sentence.distance", home!.Place.Name, p.Km(d), nearest.Place.Name);
            if (e.Score > Curve(d)) sentence += p.Format("location.sentence.knowsarea", nearest.Place.Name);
        }
        else sentence = p.Format("location.sentence.areaonly", nearest?.Place.Name ?? expected);
        return Result(e, expected, observed, sentence);
    }
}
