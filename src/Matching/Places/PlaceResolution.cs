namespace Matching.Places;

/// <summary>The outcome of resolving a place name against the gazetteer.</summary>
/// <param name="Query">The text that was resolved, as given.</param>
/// <param name="Place">The place found; for <see cref="AreaScope.Cercle"/> and <see cref="AreaScope.Region"/>, the seat of that area.</param>
/// <param name="Scope">Whether the query denotes the place itself, its cercle or its region.</param>
/// <param name="Match">How the name matched: exact spelling, equal after folding, or a near miss.</param>
/// <param name="Confidence">In (0, 1]: 1 for an exact spelling, 0.95 once folded, lower for near misses and for names picked out of extra words.</param>
public sealed record PlaceResolution(string Query, Place Place, AreaScope Scope, MatchKind Match, double Confidence);
