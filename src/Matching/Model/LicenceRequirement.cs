namespace Matching.Model;

/// <summary>A driving licence asked by a posting.</summary>
/// <param name="Category">The category.</param>
/// <param name="Necessity">Required or preferred.</param>
public sealed record LicenceRequirement(LicenceCategory Category, Necessity Necessity = Necessity.Required);
