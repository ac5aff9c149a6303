using Matching.Internal;

namespace Matching.Explanations;

/// <summary>
/// An immutable explanation tree, after Lucene's: a value, what it is, and the children it was
/// combined from with <see cref="Operator"/>. The root's value is the candidate's score.
/// </summary>
public sealed record Explanation
{
    /// <summary>Creates a node.</summary>
    /// <param name="value">The value.</param>
    /// <param name="description">What the value is, in the ranking's language.</param>
    /// <param name="op">How the children combine into the value.</param>
    /// <param name="details">The children.</param>
    /// <param name="weight">The node's weight in its parent's weighted mean.</param>
    public Explanation(double value, string description, CombineOperator op = CombineOperator.None, IEnumerable<Explanation>? details = null, double weight = 1)
    {
        Value = value;
        Description = Guard.NotNull(description, nameof(description));
        Operator = op;
        Details = Guard.Items(details, nameof(details));
        Weight = weight;
    }

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <summary>What the value is.</summary>
    public string Description { get; }

    /// <summary>How the children combine.</summary>
    public CombineOperator Operator { get; }

    /// <summary>The children.</summary>
    public IReadOnlyList<Explanation> Details { get; }

    /// <summary>The weight in the parent's weighted mean.</summary>
    /// <value>1</value>
    public double Weight { get; }

    /// <summary>Recomputes the value from the children by <see cref="Operator"/> (a leaf returns its value).</summary>
    /// <returns>The combined value.</returns>
    public double Combine()
    {
        if (Operator == CombineOperator.None || Details.Count == 0) return Value;
        switch (Operator)
        {
            case CombineOperator.WeightedMean:
                double num = 0, den = 0;
                foreach (var d in Details) { num += d.Weight * d.Value; den += d.Weight; }
                return den > 0 ? num / den : Value;
            case CombineOperator.Max: return Details.Max(d => d.Value);
            case CombineOperator.Min: return Details.Min(d => d.Value);
            case CombineOperator.Sum: return Details.Sum(d => d.Value);
            default:
                var p = 1.0;
                foreach (var d in Details) p *= d.Value;
                return p;
        }
    }

    /// <summary>The tree as indented lines, one node a line.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        Write(sb, 0);
        return sb.ToString();
    }

    private void Write(System.Text.StringBuilder sb, int depth)
    {
        sb.Append(' ', depth * 2).Append(Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
        if (Operator != CombineOperator.None) sb.Append(" [").Append(Operator).Append(']');
        sb.Append(' ').AppendLine(Description);
        foreach (var d in Details) d.Write(sb, depth + 1);
    }
}
