namespace Matching.Places;

/// <summary>A populated place from the embedded gazetteer (GeoNames, CC BY 4.0; see NOTICE).</summary>
/// <param name="Name">Canonical name with French accents, e.g. "Tombouctou", "Djenné".</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code, e.g. "ML".</param>
/// <param name="Region">First-level division; for Mali the pre-2023 region (Kayes … Ménaka, Taoudénit, and Bamako for the District).</param>
/// <param name="Cercle">Second-level division; for Mali the pre-2023 cercle (approximate for villages, see docs/places.md); <see langword="null"/> when unknown.</param>
/// <param name="Region2023">For Mali, the region under the 2023 reform (19 regions plus Bamako); <see langword="null"/> elsewhere.</param>
/// <param name="Latitude">WGS84 latitude in decimal degrees.</param>
/// <param name="Longitude">WGS84 longitude in decimal degrees.</param>
/// <param name="Population">GeoNames population; <see langword="null"/> when unknown (most Malian villages).</param>
/// <param name="Kind">Capital, region seat, cercle seat, town, quarter or other.</param>
/// <param name="SourceId">Source record, <c>geonames:&lt;geonameid&gt;</c>, e.g. "geonames:2454934" for Kolondiéba.</param>
public sealed record Place(
    string Name,
    string CountryCode,
    string Region,
    string? Cercle,
    string? Region2023,
    double Latitude,
    double Longitude,
    int? Population,
    PlaceKind Kind,
    string SourceId);
