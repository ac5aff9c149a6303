using Matching.Places;

namespace Matching.Scoring;

/// <summary>
/// What one ranking call needs beyond the compiled posting: options, the reference month, and
/// caches of the work that repeats across candidates (place names, job titles). One per thread.
/// </summary>
internal sealed class ScoringContext
{
    public ScoringContext(MatchOptions options, int? referenceMonth)
    {
        Options = options;
        ReferenceMonth = referenceMonth;
    }

    public MatchOptions Options { get; }

    /// <summary>Months since January 1900 of the reference date; null where none is known.</summary>
    public int? ReferenceMonth { get; }

    public Dictionary<string, PlaceResolution?> PlaceCache { get; } = new(StringComparer.Ordinal);

    /// <summary>Relevance by job title and domain, keyed on the strings' identity (equal strings held apart may each have an entry).</summary>
    public Dictionary<JobText, double> RelevanceCache { get; } = new(JobText.ByReference);

    public Dictionary<string, double> FieldCache { get; } = new(StringComparer.Ordinal);

    public PlaceResolution? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (PlaceCache.TryGetValue(name, out var r)) return r;
        r = Options.Gazetteer.Resolve(name);
        if (PlaceCache.Count < 100_000) PlaceCache[name] = r;
        return r;
    }
}
