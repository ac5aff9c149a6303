using System.Globalization;
using Matching.Internal;

namespace Matching.Learning;

/// <summary>Options of <see cref="MatcherTrainer.Train"/>. Immutable; every default is documented here and in docs/learning.md.</summary>
public sealed class TrainerOptions
{
    private readonly double _holdoutFraction = 0.25;
    private readonly CultureInfo _culture = Cultures.French;

    /// <summary>The default options.</summary>
    public static TrainerOptions Default { get; } = new();

    /// <summary>The seed of the held-out split and of the trainer: the same decisions and seed give the same result.</summary>
    /// <value>1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>The share of each posting's decisions held out to measure the fit.</summary>
    /// <value>0.25.</value>
    /// <exception cref="ArgumentOutOfRangeException">Not between 0.05 and 0.5.</exception>
    public double HoldoutFraction { get => _holdoutFraction; init => _holdoutFraction = Guard.InRange(value, 0.05, 0.5, nameof(HoldoutFraction)); }

    /// <summary>
    /// The date the decisions were made on: ongoing jobs count up to it when the criterion scores
    /// are computed. Where null, each posting's deadline (or start date) is used.
    /// </summary>
    /// <value>null.</value>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The culture of the match options used to compute the criterion scores (scores do not depend on it; it is kept for explanations of the same options).</summary>
    /// <value>fr-FR.</value>
    public CultureInfo Culture { get => _culture; init => _culture = Guard.NotNull(value, nameof(Culture)); }

    /// <summary>The match options the criterion scores are computed with (default weights; weights do not change criterion scores).</summary>
    internal MatchOptions MatchOptions => new() { ReferenceDate = ReferenceDate, Culture = Culture };
}
