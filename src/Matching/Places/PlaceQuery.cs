namespace Matching.Places;

/// <summary>
/// Splits a folded place query into its core name and the area it denotes: strips "cercle de", "région de",
/// "district de", "commune de", "ville de", a trailing "(Mali)" and a trailing "(Commune IV)".
/// </summary>
internal static class PlaceQuery
{
    /// <summary>Returns the token range [start, end) of the core name and the scope the prefixes ask for.</summary>
    public static (int Start, int End, AreaScope Scope) Trim(string[] tokens)
    {
        var start = 0;
        var end = tokens.Length;
        var scope = AreaScope.Place;

        if (end - start > 1 && tokens[end - 1] == "mali") end--;
        if (end - start > 2 && tokens[end - 2] == "commune" && IsNumeral(tokens[end - 1])) end -= 2;
        if (end - start > 1 && tokens[end - 1] == "cercle") { scope = AreaScope.Cercle; end--; }
        else if (end - start > 1 && tokens[end - 1] == "region") { scope = AreaScope.Region; end--; }

        if (end - start > 1)
        {
            var prefix = tokens[start] switch
            {
                "cercle" => AreaScope.Cercle,
                "region" or "district" => AreaScope.Region,
                "commune" or "ville" or "village" or "localite" or "quartier" => AreaScope.Place,
                _ => (AreaScope?)null,
            };
            if (prefix is { } p)
            {
                scope = p;
                start++;
                if (end - start > 1 && tokens[start] is "rurale" or "urbaine") start++;
                if (end - start > 1 && tokens[start] is "de" or "d" or "du" or "des") start++;
                if (end - start > 1 && tokens[start - 1] == "de" && tokens[start] == "la") start++;
            }
        }

        if (end - start > 1 && tokens[end - 1] == "mali") end--;
        return (start, end, scope);
    }

    /// <summary>Words that never stand alone for a place when the name is picked out of a longer text.</summary>
    public static bool IsFiller(string token) => token.Length < 3 || token switch
    {
        "les" or "des" or "aux" or "sur" or "pour" or "dans" or "avec" or "par" or "et" or "ou" or "une" or "est"
            or "zone" or "zones" or "ville" or "region" or "cercle" or "commune" or "district" or "village"
            or "localite" or "quartier" or "base" or "basee" or "poste" or "lieu" or "bureau" or "mali" or "nord"
            or "sud" or "ouest" or "centre" or "environs" or "affectation" or "terrain" or "frequents"
            or "deplacements" or "rurale" or "urbaine" or "cercles" or "regions" or "communes" => true,
        _ => false,
    };

    private static bool IsNumeral(string token)
    {
        foreach (var c in token)
        {
            if (c is not ('i' or 'v' or 'x') && !char.IsAsciiDigit(c)) return false;
        }
        return token.Length > 0;
    }
}
