using System.Runtime.CompilerServices;

namespace Matching.Scoring;

/// <summary>
/// A job's title and domain, the key of relevance caches: equal where both strings are equal
/// (ordinal, null equal to null), so nothing is built to look a job up.
/// </summary>
internal readonly struct JobText : IEquatable<JobText>
{
    public JobText(string? title, string? domain)
    {
        Title = title;
        Domain = domain;
    }

    public string? Title { get; }

    public string? Domain { get; }

    /// <summary>Compares keys by the identity of their strings: cheap, for caches whose keys mostly share their strings.</summary>
    public static IEqualityComparer<JobText> ByReference { get; } = new ReferenceComparer();

    public bool Equals(JobText other) => string.Equals(Title, other.Title, StringComparison.Ordinal) && string.Equals(Domain, other.Domain, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is JobText other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Title is null ? 0 : StringComparer.Ordinal.GetHashCode(Title), Domain is null ? 0 : StringComparer.Ordinal.GetHashCode(Domain));

    private sealed class ReferenceComparer : IEqualityComparer<JobText>
    {
        public bool Equals(JobText x, JobText y) => ReferenceEquals(x.Title, y.Title) && ReferenceEquals(x.Domain, y.Domain);

        public int GetHashCode(JobText key) => RuntimeHelpers.GetHashCode(key.Title) * 31 + RuntimeHelpers.GetHashCode(key.Domain);
    }
}
