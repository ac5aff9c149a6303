using F23.StringSimilarity;
using Matching.Internal;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// How relevant a job is to a posting, from the job families (Resources/fr/job-families.tsv)
/// that the posting's title and domain and the job's title and domain name:
/// 1 for a shared family, a near-identical title, or a family of the same group where one side
/// names the group's umbrella family ("protection" covers VBG and case management), 0.75 for another
/// family of the same group,
/// 0.5 where the job says too little to tell, 0.15 for an unrelated family.
/// A posting whose title names no family cannot judge: every job counts fully.
/// </summary>
internal sealed class ExperienceRelevance
{
    public const double Full = 1.0, Related = 0.75, Unclear = 0.5, Unrelated = 0.15;
    private static readonly NormalizedLevenshtein TitleSimilarity = new();
    private readonly ulong _families;
    private readonly ulong _related;
    private readonly string _title;

    public ExperienceRelevance(Posting posting)
    {
        var lex = Lexicon.JobFamilies;
        var bits = lex.Classify(posting.Title) | lex.Classify(posting.Experience?.Domain);
        var specific = bits & ~lex.Generic;
        _families = specific != 0 ? specific : bits;
        _related = lex.Related(_families);
        _title = Text.Fold(posting.Title);
    }

    public bool CanJudge => _families != 0;

    public double Of(ExperienceEntry e, ScoringContext context)
    {
        if (!CanJudge) return Full;
        if (e.Title is null && e.Domain is null) return Unclear;
        var key = e.Title + "\u0001" + e.Domain;
        if (context.RelevanceCache.TryGetValue(key, out var cached)) return cached;
        var r = Compute(e);
        if (context.RelevanceCache.Count < 100_000) context.RelevanceCache[key] = r;
        return r;
    }

    private double Compute(ExperienceEntry e)
    {
        var lex = Lexicon.JobFamilies;
        if (e.Title is not null && _title.Length > 0 && TitleSimilarity.Similarity(Text.Fold(e.Title), _title) >= 0.85) return Full;
        var bits = lex.Classify(e.Title) | lex.Classify(e.Domain);
        var specific = bits & ~lex.Generic;
        if (specific == 0) return (bits & _families) != 0 ? Related : Unclear;
        if ((specific & _families) != 0) return Full;
        if ((specific & _related) != 0)
            return (specific & lex.Umbrella & _related) != 0 || (_families & lex.Umbrella & lex.Related(specific)) != 0 ? Full : Related;
        return Unrelated;
    }
}
