namespace Matching.Explanations;

/// <summary>How an explanation node combines its children into its value.</summary>
public enum CombineOperator
{
    /// <summary>A leaf: the value is measured, not combined.</summary>
    None = 0,
    /// <summary>Weighted mean: Σ weightᵢ·valueᵢ / Σ weightᵢ, with the weights on the children.</summary>
    WeightedMean = 1,
    /// <summary>The largest child value (the best diploma, the best language of a group).</summary>
    Max = 2,
    /// <summary>The smallest child value.</summary>
    Min = 3,
    /// <summary>The sum of the child values.</summary>
    Sum = 4,
    /// <summary>The product of the child values (a factor applied to a base).</summary>
    Product = 5,
}
