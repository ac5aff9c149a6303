using Matching.Internal;

namespace Matching.Scoring;

/// <summary>
/// A vocabulary of families (fields of study, job families) read from a data file: each family
/// has folded terms; a text belongs to the families whose terms it contains as whole words.
/// Families are bits of a <see cref="ulong"/>, so sets compare in one instruction.
/// </summary>
internal sealed class Lexicon
{
    /// <summary>Terms, folded and padded with a space each side, and their family.</summary>
    private readonly List<(string Term, int Family)> _terms = new();

    private readonly bool _longestFirst;

    private Lexicon(string resource, int termColumn, int groupColumn, int genericColumn, bool longestFirst = false)
    {
        _longestFirst = longestFirst;
        var names = new List<string>();
        var groups = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var row in ResourceFiles.ReadTsv(resource, skipHeader: false))
        {
            if (row.Length <= termColumn) continue;
            var family = names.Count;
            if (family >= 64) throw new InvalidOperationException($"{resource}: at most 64 families.");
            names.Add(row[0].Trim());
            var bit = 1UL << family;
            if (groupColumn >= 0)
            {
                var g = row[groupColumn].Trim();
                groups[g] = groups.GetValueOrDefault(g) | bit;
                if (genericColumn >= 0 && row[genericColumn].Trim() == "1") Generic |= bit;
                if (g == names[^1]) Umbrella |= bit;
            }
            foreach (var term in row[termColumn].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var folded = Text.Fold(term);
                if (folded.Length > 0) _terms.Add((" " + folded + " ", family));
            }
        }
        Names = names;
        GroupOf = new ulong[names.Count];
        foreach (var g in groups.Values)
            for (var i = 0; i < names.Count; i++)
                if ((g & (1UL << i)) != 0) GroupOf[i] = g;
        if (groupColumn < 0)
            for (var i = 0; i < names.Count; i++) GroupOf[i] = 1UL << i;
        // Longer terms first, so "protection de l enfance" is seen before "protection".
        _terms.Sort((a, b) => b.Term.Length.CompareTo(a.Term.Length));
    }

    public static Lexicon Fields { get; } = new("fr/fields.tsv", 1, -1, -1);

    /// <summary>Job families; a longer term hides the shorter ones inside it ("sante mentale" is not "sante").</summary>
    public static Lexicon JobFamilies { get; } = new("fr/job-families.tsv", 3, 1, 2, longestFirst: true);

    public IReadOnlyList<string> Names { get; }

    /// <summary>Families that name a rank rather than a domain ("coordinateur").</summary>
    public ulong Generic { get; }

    /// <summary>Families named like their group ("protection"): they cover the whole group.</summary>
    public ulong Umbrella { get; }

    /// <summary>For each family, the bits of the families of its group (itself included).</summary>
    public ulong[] GroupOf { get; }

    /// <summary>
    /// The families a text names. Where the lexicon reads longest terms first, a term found is
    /// blotted out of the text, so the shorter terms inside it do not count again.
    /// </summary>
    public ulong Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var padded = " " + Text.Fold(text) + " ";
        ulong bits = 0;
        foreach (var (needle, family) in _terms)
        {
            var at = padded.IndexOf(needle, StringComparison.Ordinal);
            if (at < 0) continue;
            bits |= 1UL << family;
            if (!_longestFirst) continue;
            var blot = " " + new string('#', needle.Length - 2) + " ";
            while (at >= 0)
            {
                padded = string.Concat(padded.AsSpan(0, at), blot, padded.AsSpan(at + needle.Length));
                at = padded.IndexOf(needle, at + 1, StringComparison.Ordinal);
            }
        }
        return bits;
    }

    /// <summary>The families related to a set: its families and every family of their groups.</summary>
    public ulong Related(ulong bits)
    {
        ulong related = 0;
        for (var i = 0; i < GroupOf.Length; i++)
            if ((bits & (1UL << i)) != 0) related |= GroupOf[i];
        return related;
    }
}
