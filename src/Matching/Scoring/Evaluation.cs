namespace Matching.Scoring;

/// <summary>The hot-path result of one criterion: what <see cref="CriterionResult"/> holds without the text.</summary>
internal readonly record struct Evaluation(Outcome Outcome, double Score, bool NearMiss = false)
{
    public static Evaluation Unknown(double credit) => new(Outcome.Unknown, credit);
}
