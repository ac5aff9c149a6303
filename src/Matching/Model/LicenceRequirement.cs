using Matching.Internal;

namespace Matching.Model;

/// <summary>A driving licence asked by a posting.</summary>
/// <param name="Category">The category.</param>
/// <param name="Necessity">Required or preferred.</param>
/// <exception cref="ArgumentOutOfRangeException">A value is not one of its enum's.</exception>
public sealed record LicenceRequirement(LicenceCategory Category, Necessity Necessity = Necessity.Required)
{
    private readonly LicenceCategory _category = Guard.Defined(Category, nameof(Category));
    private readonly Necessity _necessity = Guard.Defined(Necessity, nameof(Necessity));

    /// <summary>The category.</summary>
    public LicenceCategory Category { get => _category; init => _category = Guard.Defined(value, nameof(Category)); }

    /// <summary>Required or preferred.</summary>
    public Necessity Necessity { get => _necessity; init => _necessity = Guard.Defined(value, nameof(Necessity)); }
}
