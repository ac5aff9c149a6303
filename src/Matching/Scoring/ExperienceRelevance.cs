using System.Collections.Concurrent;
using F23.StringSimilarity;
using Matching.Internal;
using Matching.Learning;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// How relevant a job (its title and domain) is to a posting (its title, experience domain and
/// scoped parts), in [0, 1], from three kinds of evidence:
/// <list type="number">
/// <item>titles: near-identical full titles, or short titles (rank words such as chargé, officier,
/// agent, assistant, coordinateur taken out) that F23's Sørensen–Dice similarity finds alike,
/// count fully;</item>
/// <item>job families (Resources/fr/job-families.tsv): a shared family counts fully (1), a family
/// of the same group 0.6, an unrelated family 0.15;</item>
/// <item>text (<see cref="JobTextModel"/>, ML.NET TF-IDF of word and character n-grams): the
/// better of the cosine between the job's title and domain and the posting's title, domain and
/// scopes, and the likeness of their profiles over the job-family descriptions of the corpus
/// (which links "psychologue clinicien" to "soutien psychosocial" without a shared word).</item>
/// </list>
/// A shared family counts fully whatever the text says. The text raises a related family up to
/// full; it softens an unrelated family up to 0.4 but never makes it count; for a job that names no
/// family but words the corpus knows, it decides alone (from 0.15 up).
/// A job that names no family and no word the model knows says too little to tell: 0.5.
/// A posting whose title and domain name no family cannot judge: every job counts fully.
/// The employer's kind plays no part here (it is judged by the scoped parts of the requirement),
/// so a relevance depends only on the job's title and domain and is computed once per posting and
/// distinct (title, domain), then cached. Thread-safe.
/// </summary>
internal sealed class ExperienceRelevance
{
    public const double Full = 1.0, Related = 0.75, Unclear = 0.5, Unrelated = 0.15;

    /// <summary>Cosine at or below which the text says nothing.</summary>
    internal const double TextFloor = 0.10;

    /// <summary>Cosine from which the text alone shows the job relevant.</summary>
    internal const double TextFull = 0.55;

    /// <summary>The most an unrelated family can reach on the text's evidence: below <see cref="Unclear"/>, so it never counts.</summary>
    internal const double UnrelatedCeiling = 0.4;

    /// <summary>Profile likeness at or below which the profiles say nothing.</summary>
    internal const double ProfileFloor = 0.30;

    /// <summary>Profile likeness from which the profiles alone show the job relevant.</summary>
    internal const double ProfileFull = 0.85;

    /// <summary>A job's likeness to a family from which its profile is trusted fully.</summary>
    internal const double ProfileStrong = 0.25;

    private const int CacheLimit = 100_000;
    private static readonly NormalizedLevenshtein TitleSimilarity = new();
    private static readonly SorensenDice ShortTitleSimilarity = new(2);
    private readonly ulong _families;
    private readonly ulong _related;
    private readonly string _title;
    private readonly string _shortTitle;
    private readonly string _text;
    private readonly ConcurrentDictionary<JobText, double> _memo = new();
    private float[]? _vector;
    private double[]? _profile;

    public ExperienceRelevance(Posting posting)
    {
        var lex = Lexicon.JobFamilies;
        var bits = lex.Classify(posting.Title) | lex.Classify(posting.Experience?.Domain);
        var specific = bits & ~lex.Generic;
        _families = specific != 0 ? specific : bits;
        _related = lex.Related(_families);
        _title = Text.Fold(posting.Title);
        _shortTitle = JobTitle.Shorten(posting.Title);
        var parts = new List<string> { posting.Title };
        if (posting.Experience is { } x)
        {
            if (x.Domain is { } d) parts.Add(d);
            parts.AddRange(x.Scoped.Where(s => s.OrganizationType is null).Select(s => s.Description));
        }
        _text = string.Join(" ; ", parts);
        var key = new System.Text.StringBuilder();
        foreach (var part in parts) key.Append(part.Length).Append(':').Append(part);
        if (posting.Experience?.Domain is null) key.Append('-');
        Key = key.ToString();
    }

    /// <summary>
    /// What the judgments depend on (the posting's title, experience domain and scoped parts),
    /// unambiguously: two judges with the same key judge every job alike.
    /// </summary>
    public string Key { get; }

    public bool CanJudge => _families != 0;

    public double Of(ExperienceEntry e, ScoringContext context)
    {
        if (!CanJudge) return Full;
        if (e.Title is null && e.Domain is null) return Unclear;
        // Profiles usually share their title and domain strings: a cache keyed on the strings'
        // identity answers most look-ups without hashing text; the memo is keyed on their value.
        var key = new JobText(e.Title, e.Domain);
        if (context.RelevanceCache.TryGetValue(key, out var cached)) return cached;
        if (!_memo.TryGetValue(key, out var r))
        {
            r = Compute(e.Title, e.Domain);
            if (_memo.Count < CacheLimit) _memo.TryAdd(key, r);
        }
        if (context.RelevanceCache.Count < CacheLimit) context.RelevanceCache[key] = r;
        return r;
    }

    /// <summary>
    /// Records the relevance of a job that a judge with the same <see cref="Key"/> found, so that
    /// this one need not judge it again.
    /// </summary>
    public void Remember(ExperienceEntry e, double relevance)
    {
        if (!CanJudge || (e.Title is null && e.Domain is null)) return;
        if (_memo.Count < CacheLimit) _memo.TryAdd(new JobText(e.Title, e.Domain), relevance);
    }

    /// <summary>The relevance the text alone shows, from the cosine of the two vectors.</summary>
    internal static double FromText(double cosine)
        => cosine <= TextFloor ? 0 : Math.Min(1.0, (cosine - TextFloor) / (TextFull - TextFloor));

    /// <summary>The relevance the text shows: the better of the direct cosine and the family-profile likeness.</summary>
    internal double FromTextEvidence(string? title, string? domain)
        => Math.Max(FromText(TextCosine(title, domain)), FromProfile(ProfileSimilarity(title, domain)));

    /// <summary>The relevance the family profiles show.</summary>
    internal static double FromProfile(double likeness)
        => likeness <= ProfileFloor ? 0 : Math.Min(1.0, (likeness - ProfileFloor) / (ProfileFull - ProfileFloor));

    /// <summary>The cosine of the job's text vector with the posting's, for explanations and tests.</summary>
    internal double TextCosine(string? title, string? domain)
    {
        var model = JobTextModel.Shared;
        var posting = LazyInitializer.EnsureInitialized(ref _vector, () => model.Vector(_text));
        return JobTextModel.Similarity(model.Vector(title + " " + domain), posting);
    }

    /// <summary>How alike the job's and the posting's likeness to the job families of the corpus are.</summary>
    internal double ProfileSimilarity(string? title, string? domain)
    {
        var model = JobTextModel.Shared;
        var posting = LazyInitializer.EnsureInitialized(ref _profile, () => model.Profile(_text));
        return JobTextModel.ProfileSimilarity(model.Profile(title + " " + domain), posting, ProfileStrong);
    }

    private double Compute(string? title, string? domain)
    {
        if (title is not null && _title.Length > 0 && TitleSimilarity.Similarity(Text.Fold(title), _title) >= 0.85) return Full;
        var shortTitle = JobTitle.Shorten(title);
        if (shortTitle.Length > 0 && _shortTitle.Length > 0 && ShortTitleSimilarity.Similarity(shortTitle, _shortTitle) >= 0.8) return Full;
        var lex = Lexicon.JobFamilies;
        var bits = lex.Classify(title) | lex.Classify(domain);
        var specific = bits & ~lex.Generic;
        if ((specific & _families) != 0) return Full;
        if (specific != 0)
        {
            // The families are explicit: the text can raise a related family to full, and soften an
            // unrelated one, but not make it count.
            var text = FromTextEvidence(title, domain);
            if ((specific & _related) != 0)
            {
                // A family named like its group ("protection") covers the whole group.
                if ((specific & lex.Umbrella & _related) != 0 || (_families & lex.Umbrella & lex.Related(specific)) != 0) return Full;
                return Math.Max(Related, text);
            }
            return Unrelated + (UnrelatedCeiling - Unrelated) * text;
        }
        if ((bits & _families) != 0) return Math.Max(Related, FromTextEvidence(title, domain));
        if (JobTextModel.Shared.Knows(title + " " + domain)) return Math.Max(Unrelated, FromTextEvidence(title, domain));
        return Unclear;
    }
}
