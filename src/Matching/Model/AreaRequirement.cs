using Matching.Internal;

namespace Matching.Model;

/// <summary>Areas the holder must know ("la connaissance des zones de Mopti et Bandiagara est exigée").</summary>
public sealed record AreaRequirement
{
    /// <summary>Creates an area requirement.</summary>
    /// <param name="areas">The places or regions, as written.</param>
    /// <param name="necessity">Required or preferred.</param>
    /// <exception cref="ArgumentException">No area is given.</exception>
    public AreaRequirement(IEnumerable<string> areas, Necessity necessity = Necessity.Required)
    {
        Areas = Guard.Items(areas, nameof(areas));
        if (Areas.Count == 0) throw new ArgumentException("An area requirement needs at least one area.", nameof(areas));
        Necessity = necessity;
    }

    /// <summary>The places or regions to know.</summary>
    public IReadOnlyList<string> Areas { get; }

    /// <summary>Required or preferred.</summary>
    public Necessity Necessity { get; }
}
