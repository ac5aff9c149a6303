using System.Diagnostics.CodeAnalysis;
using Matching.Internal;

namespace Matching.Places;

/// <summary>
/// The embedded gazetteer of Mali (15,389 populated places) and of ten neighbouring countries (524 towns),
/// from GeoNames (CC BY 4.0; see NOTICE). Resolves place names as written in postings and profiles, tolerant
/// of case, accents, hyphens, administrative prefixes ("cercle de", "région de") and small typos, and
/// answers distance, same-cercle, same-region and coverage questions. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Homonyms are ranked as the data notes ask: capital, then region seat, then cercle seat, then any other
/// place; then the larger population; then Mali before other countries; then a canonical name before an
/// alternate name. See docs/places.md for the resolution rules and the confidence values.
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>Longest query, in characters, that is looked at; longer text is not a place name and resolves to nothing.</summary>
    internal const int MaxQueryLength = 200;

    /// <summary>Confidence of a match that is equal only after folding.</summary>
    internal const double FoldedConfidence = 0.95;

    /// <summary>Factor applied when the name was picked out of extra words ("Mopti et environs").</summary>
    internal const double ExtraWordsFactor = 0.85;

    /// <summary>Place scope covers anything within this distance, in kilometres.</summary>
    internal const double NearbyKm = 25.0;

    private const double EarthRadiusKm = 6371.0088;

    private static readonly Lazy<Gazetteer> s_default =
        new(() => new Gazetteer(GazetteerData.ReadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Place[] _places;
    private readonly string[][] _spellings;
    private readonly string[][] _foldedSpellings;
    private readonly Dictionary<string, int> _byName;
    private readonly Dictionary<string, int> _byCompactName;
    private readonly Dictionary<string, int> _bySpelling;
    private readonly Dictionary<string, Area> _regions;
    private readonly Dictionary<string, Area> _cercles;
    private readonly FuzzyIndex _fuzzy;

    /// <summary>Builds a gazetteer from rows in the 11-column format of the embedded files (see docs/places.md).</summary>
    /// <param name="rows">Rows without header; malformed rows are skipped.</param>
    internal Gazetteer(IEnumerable<string[]> rows)
    {
        var loaded = new List<(Place Place, string[] Spellings, int Order)>();
        foreach (var row in rows)
        {
            if (GazetteerData.ToPlace(row) is { } place) loaded.Add((place, GazetteerData.Spellings(row), loaded.Count));
        }
        loaded.Sort((x, y) =>
        {
            var c = CompareRank(x.Place, y.Place);
            return c != 0 ? c : x.Order.CompareTo(y.Order);
        });

        _places = new Place[loaded.Count];
        _spellings = new string[loaded.Count][];
        _foldedSpellings = new string[loaded.Count][];
        for (var i = 0; i < loaded.Count; i++)
        {
            _places[i] = loaded[i].Place;
            _spellings[i] = loaded[i].Spellings;
            _foldedSpellings[i] = loaded[i].Spellings.Select(Text.Fold).ToArray();
        }

        // Folded name → best place. Places are in rank order, so the first place to claim a name keeps it,
        // except that a canonical name beats an alternate among places of equal rank.
        _byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var viaAlternate = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _places.Length; i++)
        {
            var folded = _foldedSpellings[i];
            for (var j = 0; j < folded.Length; j++)
            {
                var key = folded[j];
                if (key.Length == 0) continue;
                if (_byName.TryGetValue(key, out var held))
                {
                    if (j == 0 && viaAlternate.Contains(key) && CompareRank(_places[held], _places[i]) == 0)
                    {
                        _byName[key] = i;
                        viaAlternate.Remove(key);
                    }
                    continue;
                }
                _byName[key] = i;
                if (j > 0) viaAlternate.Add(key);
            }
        }

        // The same names without spaces ("Kolon-Diéba" → "kolondieba"), and the spellings as written, case aside.
        _byCompactName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, index) in _byName)
        {
            var compact = key.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (_byCompactName.TryGetValue(compact, out var held) && held <= index) continue;
            _byCompactName[compact] = index;
        }
        _bySpelling = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _places.Length; i++)
        {
            foreach (var spelling in _spellings[i]) _bySpelling.TryAdd(spelling, i);
        }

        _regions = BuildAreas(p => p.Region, p => p.Region2023);
        _cercles = BuildAreas(p => p.CountryCode == "ML" ? p.Cercle : null, _ => null);
        _fuzzy = new FuzzyIndex(_byName.Select(n => (n.Key, n.Value, _foldedSpellings[n.Value][0] == n.Key)));
    }

    /// <summary>The gazetteer built from the embedded data, once, on first use; thread-safe.</summary>
    /// <value>Shared, immutable instance.</value>
    public static Gazetteer Default => s_default.Value;

    /// <summary>Number of places in the gazetteer.</summary>
    /// <value>15,913 for the embedded data (15,389 in Mali, 524 elsewhere).</value>
    public int Count => _places.Length;

    /// <summary>All places, best-ranked first.</summary>
    internal IReadOnlyList<Place> Places => _places;

    /// <summary>All folded names with the place each resolves to.</summary>
    internal IReadOnlyDictionary<string, int> Names => _byName;

    /// <summary>
    /// Resolves a place name as written in a posting or a profile: "Kolondiéba", "Sevare", "cercle de Bandiagara",
    /// "région de Mopti", "Bamako (Commune IV)", "Tombouctu".
    /// </summary>
    /// <param name="name">The text to resolve; any string, including <see langword="null"/>.</param>
    /// <returns>
    /// The place, the scope the text denotes, how it matched and a confidence in (0, 1]; or
    /// <see langword="null"/> when nothing matches well enough (the gazetteer does not guess). Never throws.
    /// </returns>
    public PlaceResolution? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxQueryLength) return null;
        var folded = Text.Fold(WellFormed(name));
        if (folded.Length < 2) return null;

        var tokens = folded.Split(' ');
        var (start, end, scope) = PlaceQuery.Trim(tokens);
        var core = start == 0 && end == tokens.Length ? folded : string.Join(' ', tokens, start, end - start);
        if (core.Length < 2) return null;

        if (IsNotAPlace(core)) return null;
        if (scope != AreaScope.Place && ResolveArea(name, core, scope) is { } area) return area;
        if (_byName.TryGetValue(folded, out var index)) return Found(name, index, folded, AreaScope.Place, 1.0);
        if (_byName.TryGetValue(core, out index)) return Found(name, index, core, AreaScope.Place, 1.0);
        if (_byCompactName.TryGetValue(core.Replace(" ", string.Empty, StringComparison.Ordinal), out index))
        {
            return new PlaceResolution(name, _places[index], AreaScope.Place, MatchKind.Folded, FoldedConfidence);
        }
        if (ResolveFuzzy(name, core) is { } fuzzy) return fuzzy;
        return end - start > 1 ? ResolveWithin(name, tokens, start, end) : null;
    }

    /// <summary>Resolves a place name; see <see cref="Resolve"/>.</summary>
    /// <param name="name">The text to resolve; any string, including <see langword="null"/>.</param>
    /// <param name="resolution">The resolution when one was found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the name resolved. Never throws.</returns>
    public bool TryResolve(string? name, [NotNullWhen(true)] out PlaceResolution? resolution)
    {
        resolution = Resolve(name);
        return resolution is not null;
    }

    /// <summary>Great-circle distance by the haversine formula on a sphere of radius 6,371.0088 km (the IUGG mean radius).</summary>
    /// <param name="a">First place.</param>
    /// <param name="b">Second place.</param>
    /// <returns>Distance in kilometres, ≥ 0, symmetric, 0 for the same coordinates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    public static double DistanceKm(Place a, Place b)
    {
        Guard.NotNull(a, nameof(a));
        Guard.NotNull(b, nameof(b));
        const double toRadians = Math.PI / 180.0;
        var lat1 = a.Latitude * toRadians;
        var lat2 = b.Latitude * toRadians;
        var sinLat = Math.Sin((lat2 - lat1) / 2);
        var sinLon = Math.Sin((b.Longitude - a.Longitude) * toRadians / 2);
        var h = (sinLat * sinLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinLon * sinLon);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Clamp(h, 0.0, 1.0)));
    }

    /// <summary>Whether both places lie in the same cercle (same country and same second-level division).</summary>
    /// <param name="a">First place.</param>
    /// <param name="b">Second place.</param>
    /// <returns><see langword="false"/> when either cercle is unknown. Malian village cercles are approximate (about 84% right).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    public static bool SameCercle(Place a, Place b)
    {
        Guard.NotNull(a, nameof(a));
        Guard.NotNull(b, nameof(b));
        return a.Cercle is not null
            && string.Equals(a.CountryCode, b.CountryCode, StringComparison.Ordinal)
            && string.Equals(a.Region, b.Region, StringComparison.Ordinal)
            && string.Equals(a.Cercle, b.Cercle, StringComparison.Ordinal);
    }

    /// <summary>Whether both places lie in the same region (same country and same first-level division; for Mali, the pre-2023 region).</summary>
    /// <param name="a">First place.</param>
    /// <param name="b">Second place.</param>
    /// <returns><see langword="true"/> for the same region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    public static bool SameRegion(Place a, Place b)
    {
        Guard.NotNull(a, nameof(a));
        Guard.NotNull(b, nameof(b));
        return string.Equals(a.CountryCode, b.CountryCode, StringComparison.Ordinal)
            && string.Equals(a.Region, b.Region, StringComparison.Ordinal);
    }

    /// <summary>Whether an area named in a posting covers a place.</summary>
    /// <param name="area">The resolved area, e.g. "région de Mopti", "cercle de Bandiagara", "Mopti".</param>
    /// <param name="place">The place to test, e.g. a candidate's home town.</param>
    /// <returns>
    /// Region scope: the place is in the region the seat heads, pre-2023 or 2023 ("région de Mopti" covers
    /// Bandiagara, in the pre-2023 region; "région de Bougouni" covers Kolondiéba, 2023 only).
    /// Cercle scope: the same cercle. Place scope: the same place; or the area is a capital, region seat or
    /// cercle seat and the place is in its cercle; or the place is within 25 km.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> or <paramref name="place"/> is null.</exception>
    public static bool Covers(PlaceResolution area, Place place)
    {
        Guard.NotNull(area, nameof(area));
        Guard.NotNull(place, nameof(place));
        var seat = Guard.NotNull(area.Place, nameof(area));
        switch (area.Scope)
        {
            case AreaScope.Region:
                if (!string.Equals(seat.CountryCode, place.CountryCode, StringComparison.Ordinal)) return false;
                var pre = string.Equals(seat.Region, place.Region, StringComparison.Ordinal);
                var now = seat.Region2023 is not null && string.Equals(seat.Region2023, place.Region2023, StringComparison.Ordinal);
                var headsPre = seat.Region2023 is null || seat.Kind == PlaceKind.Capital || seat.Name.StartsWith(seat.Region, StringComparison.OrdinalIgnoreCase);
                var headsNow = seat.Region2023 is not null && seat.Name.StartsWith(seat.Region2023, StringComparison.OrdinalIgnoreCase);
                return headsPre || headsNow ? (headsPre && pre) || (headsNow && now) : pre || now;
            case AreaScope.Cercle:
                return SameCercle(seat, place);
            default:
                if (seat == place || string.Equals(seat.SourceId, place.SourceId, StringComparison.Ordinal)) return true;
                if (seat.Kind is PlaceKind.Capital or PlaceKind.RegionSeat or PlaceKind.CercleSeat && SameCercle(seat, place)) return true;
                return DistanceKm(seat, place) <= NearbyKm;
        }
    }

    private PlaceResolution Found(string query, int index, string core, AreaScope scope, double factor)
    {
        var exact = IsSpelling(query, index, core);

        // Among equally ranked homonyms ("Téméra", "Temera"), the one spelled as written wins.
        if (!exact && _bySpelling.TryGetValue(query.Trim(), out var spelled) && CompareRank(_places[spelled], _places[index]) == 0)
        {
            (index, exact) = (spelled, true);
        }
        return new PlaceResolution(query, _places[index], scope, exact ? MatchKind.Exact : MatchKind.Folded, (exact ? 1.0 : FoldedConfidence) * factor);
    }

    // Exact when the query holds, case aside, a spelling of the place that folds to the matched core.
    private bool IsSpelling(string query, int index, string core)
    {
        var spellings = _spellings[index];
        var folded = _foldedSpellings[index];
        for (var i = 0; i < spellings.Length; i++)
        {
            if (string.Equals(folded[i], core, StringComparison.Ordinal) && query.Contains(spellings[i], StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private PlaceResolution? ResolveArea(string query, string core, AreaScope scope)
    {
        var areas = scope == AreaScope.Region ? _regions : _cercles;
        if (areas.TryGetValue(core, out var area))
        {
            var exact = query.Contains(area.Name, StringComparison.OrdinalIgnoreCase) || IsSpelling(query, area.Seat, core);
            return new PlaceResolution(query, _places[area.Seat], scope, exact ? MatchKind.Exact : MatchKind.Folded, exact ? 1.0 : FoldedConfidence);
        }

        var maxEdits = FuzzyIndex.MaxEdits(core.Length);
        if (maxEdits == 0) return null;
        var best = default(Area);
        var bestDistance = int.MaxValue;
        var bestLength = 0;
        foreach (var (key, candidate) in areas)
        {
            if (Math.Abs(key.Length - core.Length) > maxEdits) continue;
            var d = EditDistance(core, key);
            if (d < bestDistance || (d == bestDistance && candidate.Seat < best.Seat))
            {
                (best, bestDistance, bestLength) = (candidate, d, key.Length);
            }
        }
        return bestDistance <= maxEdits
            ? new PlaceResolution(query, _places[best.Seat], scope, MatchKind.Fuzzy, FuzzyConfidence(bestDistance, core.Length, bestLength))
            : null;
    }

    private PlaceResolution? ResolveFuzzy(string query, string core)
    {
        var maxEdits = FuzzyIndex.MaxEdits(core.Length);
        if (maxEdits == 0) return null;
        var hits = new List<(string Key, int Place, int Distance, bool Canonical)>();
        _fuzzy.Search(core, maxEdits, hits);

        // Best: fewest edits, then the better-ranked place. Villages and quarters need a longer name, one edit
        // at most, and no other village as close under a different name: a near miss there is a guess.
        var best = -1;
        for (var i = 0; i < hits.Count; i++)
        {
            if (!Eligible(hits[i], core.Length)) continue;
            if (best < 0 || Better(hits[i], hits[best])) best = i;
        }
        if (best < 0) return null;
        var found = hits[best];
        if (TypeRank(_places[found.Place].Kind) == 3)
        {
            foreach (var hit in hits)
            {
                if (hit.Distance == found.Distance && hit.Place != found.Place && Eligible(hit, core.Length)) return null;
            }
        }
        var distance = FuzzyIndex.Distance(core, found.Key);
        return new PlaceResolution(query, _places[found.Place], AreaScope.Place, MatchKind.Fuzzy, FuzzyConfidence(distance, core.Length, found.Key.Length));
    }

    // Unicode normalisation (inside Text.Fold) throws on a lone surrogate: replace those with spaces first.
    private static string WellFormed(string s)
    {
        char[]? copy = null;
        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsSurrogate(s[i])) continue;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            copy ??= s.ToCharArray();
            copy[i] = ' ';
        }
        return copy is null ? s : new string(copy);
    }

    // Country names and linking words are not places, whatever village shares the spelling ("Mali" in Guinea, "Dé").
    internal static bool IsNotAPlace(string core) => core switch
    {
        "mali" or "burkina" or "burkina faso" or "niger" or "senegal" or "guinee" or "cote d ivoire" or "mauritanie"
            or "tchad" or "cameroun" or "centrafrique" or "rdc" or "congo" or "france" or "afrique"
            or "de" or "d" or "du" or "des" or "la" or "le" or "les" or "l" or "a" or "au" or "aux" or "en" or "et" => true,
        _ => false,
    };

    // Villages need a name of 7 letters or more and one edit at most; alternate names (often loose
    // transliterations) take part from 8 letters only.
    private bool Eligible((string Key, int Place, int Distance, bool Canonical) hit, int queryLength)
        => (hit.Canonical || queryLength >= 8)
            && (TypeRank(_places[hit.Place].Kind) < 3 || (hit.Distance <= 1 && queryLength >= 7));

    private static bool Better((string Key, int Place, int Distance, bool Canonical) x, (string Key, int Place, int Distance, bool Canonical) y)
    {
        if (x.Distance != y.Distance) return x.Distance < y.Distance;
        return x.Place < y.Place;
    }

    // Extra words: the longest run of words that is a name; among runs of the same length the leftmost, since
    // the duty station comes first and the qualifiers after it ("Kolondiéba, région de Sikasso").
    private PlaceResolution? ResolveWithin(string query, string[] tokens, int start, int end)
    {
        for (var length = end - start - 1; length >= 1; length--)
        {
            for (var i = start; i + length <= end; i++)
            {
                if (PlaceQuery.IsFiller(tokens[i]) || PlaceQuery.IsFiller(tokens[i + length - 1])) continue;
                var span = length == 1 ? tokens[i] : string.Join(' ', tokens, i, length);
                if (span.Length < 3 || IsNotAPlace(span)) continue;
                if (_byName.TryGetValue(span, out var index)) return Found(query, index, span, AreaScope.Place, ExtraWordsFactor);
            }
        }
        return null;
    }

    private Dictionary<string, Area> BuildAreas(Func<Place, string?> primary, Func<Place, string?> secondary)
    {
        // For each area name: the best-ranked place inside it that bears its name, else its best-ranked place.
        var named = new Dictionary<(string Country, string Area), int>();
        var first = new Dictionary<(string Country, string Area), int>();
        var order = new List<(string Country, string Area)>();
        for (var i = 0; i < _places.Length; i++)
        {
            var place = _places[i];
            foreach (var area in new[] { primary(place), secondary(place) })
            {
                if (string.IsNullOrEmpty(area)) continue;
                var key = (place.CountryCode, area);
                if (first.TryAdd(key, i)) order.Add(key);
                if (!named.ContainsKey(key) && _foldedSpellings[i].Contains(Text.Fold(area))) named[key] = i;
            }
        }

        // Mali first, so a Malian region wins over a foreign one of the same name.
        var result = new Dictionary<string, Area>(StringComparer.Ordinal);
        foreach (var key in order.OrderBy(k => k.Country == "ML" ? 0 : 1))
        {
            var seat = named.TryGetValue(key, out var n) ? n : first[key];
            result.TryAdd(Text.Fold(key.Area), new Area(key.Area, seat));
        }
        return result;
    }

    private static double FuzzyConfidence(int distance, int queryLength, int keyLength)
        => 0.9 * (1.0 - ((double)distance / Math.Max(1, Math.Max(queryLength, keyLength))));

    private static int EditDistance(string a, string b) => FuzzyIndex.Distance(a, b);

    private static int TypeRank(PlaceKind kind) => kind switch
    {
        PlaceKind.Capital => 0,
        PlaceKind.RegionSeat => 1,
        PlaceKind.CercleSeat => 2,
        _ => 3,
    };

    private static int CompareRank(Place x, Place y)
    {
        var c = TypeRank(x.Kind).CompareTo(TypeRank(y.Kind));
        if (c != 0) return c;
        c = (y.Population ?? 0).CompareTo(x.Population ?? 0);
        if (c != 0) return c;
        return (x.CountryCode == "ML" ? 0 : 1).CompareTo(y.CountryCode == "ML" ? 0 : 1);
    }

    private readonly record struct Area(string Name, int Seat);
}
