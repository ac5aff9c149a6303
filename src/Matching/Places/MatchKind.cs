namespace Matching.Places;

/// <summary>How closely the query matched a name in the gazetteer.</summary>
public enum MatchKind
{
    /// <summary>The query (once prefixes such as "cercle de" are removed) is a spelling of the place, case aside: "Ségou", "Segou", "SÉGOU".</summary>
    Exact,

    /// <summary>Equal after folding (accents, case, hyphens and apostrophes ignored) but not a listed spelling: "Sègou", "Kolon-Diéba".</summary>
    Folded,

    /// <summary>A near miss within a small edit distance: "Tombouctu", "Bandiagra".</summary>
    Fuzzy,
}
