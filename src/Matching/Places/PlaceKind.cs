namespace Matching.Places;

/// <summary>What kind of populated place a gazetteer entry is, read from its GeoNames feature code.</summary>
public enum PlaceKind
{
    /// <summary>National capital (<c>PPLC</c>), e.g. Bamako.</summary>
    Capital,

    /// <summary>Seat of a region (<c>PPLA</c>); for Mali, one of the 19 regions of the 2023 reform, e.g. Mopti, Bandiagara.</summary>
    RegionSeat,

    /// <summary>Seat of a cercle or other second-level division (<c>PPLA2</c>), e.g. Kolondiéba, Bankass.</summary>
    CercleSeat,

    /// <summary>Town or village (<c>PPL</c>), e.g. Somadougou.</summary>
    Town,

    /// <summary>Quarter of a town (<c>PPLX</c>).</summary>
    Quarter,

    /// <summary>Any other populated-place code (<c>PPLA3</c>, <c>PPLA4</c>, <c>PPLL</c>, …).</summary>
    Other,
}
