using Matching.Scoring;

namespace Matching.Learning;

/// <summary>What <see cref="MatcherTrainer.Train"/> learned, and how well it ranks decisions it did not see.</summary>
public sealed record TrainingResult
{
    /// <summary>The learned weights: non-negative, summing to 1 over the scored kinds; gender and nationality keep their defaults (eligibility rules, not scores).</summary>
    public required MatchWeights Weights { get; init; }

    /// <summary>Area under the ROC curve of the shortlist (yes, or grade ≥ 2) on the held-out decisions, per posting, averaged over the postings that hold out both a yes and a no; null where none does.</summary>
    public required double? Auc { get; init; }

    /// <summary>NDCG@10 of the ranking of the held-out decisions by the learned weights (gain 2^grade − 1), per posting, averaged; null where no held-out decision has a grade above 0.</summary>
    public required double? Ndcg10 { get; init; }

    /// <summary>The same AUC with the default weights, for comparison; null as for <see cref="Auc"/>.</summary>
    public required double? DefaultAuc { get; init; }

    /// <summary>The same NDCG@10 with the default weights, for comparison; null as for <see cref="Ndcg10"/>.</summary>
    public required double? DefaultNdcg10 { get; init; }

    /// <summary>The number of decisions the final weights are fitted on (all of them).</summary>
    public required int ExamplesUsed { get; init; }

    /// <summary>The number of decisions held out to measure <see cref="Auc"/> and <see cref="Ndcg10"/>.</summary>
    public required int HeldOut { get; init; }

    /// <summary>The number of postings decided on.</summary>
    public required int Postings { get; init; }

    /// <summary>Remarks on the fit, in English: kinds set to zero, kinds no posting sets (kept at their default), the grade scale.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The same remarks in French, in the same order.</summary>
    public IReadOnlyList<string> NotesFr { get; init; } = [];
}
