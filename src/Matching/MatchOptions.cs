using System.Globalization;
using Matching.Internal;
using Matching.Places;
using Matching.Scoring;

namespace Matching;

/// <summary>
/// Options of a ranking. Immutable once built; every default is documented here and in
/// docs/scoring.md. The library never reads the clock: give <see cref="ReferenceDate"/>.
/// </summary>
public sealed class MatchOptions
{
    private readonly MatchWeights _weights = MatchWeights.Default;
    private readonly int? _top;
    private readonly CultureInfo _culture = Cultures.French;
    private readonly double _unknownCredit = 0.3;
    private readonly Gazetteer? _gazetteer;

    /// <summary>The default options.</summary>
    public static MatchOptions Default { get; } = new();

    /// <summary>Weights of the criteria.</summary>
    /// <value><see cref="MatchWeights.Default"/>.</value>
    public MatchWeights Weights { get => _weights; init => _weights = Guard.NotNull(value, nameof(Weights)); }

    /// <summary>How many results to return (the best k), or null for all.</summary>
    /// <value>null (all).</value>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public int? Top { get => _top; init => _top = value is { } v ? Guard.Positive(v, nameof(Top)) : null; }

    /// <summary>
    /// The date the ranking is made on: ongoing jobs count up to it, and the ranking reports
    /// whether the posting is still open on it. Where null, jobs count up to the posting's
    /// deadline (or start date) and openness is not reported.
    /// </summary>
    /// <value>null.</value>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The language of the explanations: French ("fr", the default) or English ("en"); other cultures fall back to French.</summary>
    /// <value>fr-FR.</value>
    public CultureInfo Culture { get => _culture; init => _culture = Guard.NotNull(value, nameof(Culture)); }

    /// <summary>What an unknown outcome on a required criterion does to eligibility.</summary>
    /// <value><see cref="UnknownPolicy.Admit"/>: eligible, flagged for review.</value>
    public UnknownPolicy UnknownRequired { get; init; }

    /// <summary>The score, in [0, 1], of a criterion the profile says nothing about.</summary>
    /// <value>0.3.</value>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1].</exception>
    public double UnknownCredit { get => _unknownCredit; init => _unknownCredit = Guard.InRange(value, 0, 1, nameof(UnknownCredit)); }

    /// <summary>The gazetteer that resolves duty stations, homes and areas.</summary>
    /// <value><see cref="Places.Gazetteer.Default"/>, the embedded places of Mali and West Africa.</value>
    public Gazetteer Gazetteer { get => _gazetteer ?? Gazetteer.Default; init => _gazetteer = Guard.NotNull(value, nameof(Gazetteer)); }
}
