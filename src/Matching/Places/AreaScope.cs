namespace Matching.Places;

/// <summary>What a resolved name denotes: the place itself, its cercle, or its region.</summary>
public enum AreaScope
{
    /// <summary>The named place itself ("Mopti", "Bamako (Commune IV)", "ville de Ségou").</summary>
    Place,

    /// <summary>A whole cercle ("cercle de Bandiagara"); the resolution's place is the cercle seat.</summary>
    Cercle,

    /// <summary>A whole region ("région de Mopti", "district de Bamako"); the resolution's place is the region seat.</summary>
    Region,
}
