using Matching.Explanations;
using Matching.Internal;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// One language group: the candidate's best language of the group counts. Spoken at or above the
/// level asked: 0.85 + 0.15 × level/4 (an unstated level counts as good). Below the level asked:
/// 0.5 × level/asked, not met (a near miss one level below). An unstated level where a level is
/// asked: unknown, 0.6. Not spoken: 0. "Langues locales" is met by any local language.
/// </summary>
internal sealed class LanguageCriterion : Criterion
{
    private readonly LanguageGroup _group;
    private readonly bool _anyLocal;
    // The keys of the group's languages, local ones included where the group takes any: one look-up per language spoken.
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);

    public LanguageCriterion(LanguageGroup group) : base(CriterionKind.Languages, group.Necessity)
    {
        _group = group;
        _anyLocal = group.AnyOf.Contains(LanguageKey.Local);
        foreach (var k in group.AnyOf) _members.Add(k.Value);
        if (_anyLocal)
            foreach (var k in LanguageKey.All)
                if (k.IsLocal) _members.Add(k.Value);
        TableKey = string.Join(",", group.AnyOf.Select(k => k.Value).Order(StringComparer.Ordinal)) + "|" + group.MinLevel;
    }

    /// <summary>What the evaluation of a language list depends on, besides the unknown credit: the group's languages and the level asked.</summary>
    internal string TableKey { get; }

    internal LanguageLevel? MinLevel => _group.MinLevel;

    internal bool InGroup(LanguageKey key)
        => key.Value is { } v && (_members.Contains(v) || (_anyLocal && !LanguageCatalog.Contains(v) && key.IsLocal));

    public static Evaluation Formula(LanguageLevel? level, LanguageLevel? asked)
    {
        if (asked is { } a)
        {
            if (level is not { } l) return new Evaluation(Outcome.Unknown, 0.6);
            if (l < a) return new Evaluation(Outcome.NotMet, 0.5 * (int)l / (int)a, (int)a - (int)l == 1);
        }
        return new Evaluation(Outcome.Met, 0.85 + 0.15 * (int)(level ?? LanguageLevel.Good) / 4.0);
    }

    /// <summary>
    /// The group's evaluation is the best of its languages': the first, then any scoring higher.
    /// Equal scores are equal evaluations, so neither the order of the languages nor repeats matter.
    /// </summary>
    internal static bool Keep(ref Evaluation result, bool first, Evaluation e)
    {
        if (!first && e.Score <= result.Score) return false;
        result = e;
        return true;
    }

    public override Evaluation Evaluate(CandidateProfile profile, ScoringContext context) => Measure(profile, context, out _);

    private Evaluation Measure(CandidateProfile profile, ScoringContext context, out LanguageSkill? best)
    {
        best = null;
        var languages = profile.Languages;
        if (languages is null) return Evaluation.Unknown(context.Options.UnknownCredit);
        var result = new Evaluation(Outcome.NotMet, 0);
        foreach (var skill in languages)
        {
            if (!InGroup(skill.Language)) continue;
            if (Keep(ref result, best is null, Formula(skill.Level, _group.MinLevel))) best = skill;
        }
        return result;
    }

    public override CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases p)
    {
        var e = Measure(profile, context, out var best);
        var names = p.List(_group.AnyOf.Select(p.Language), or: true);
        var expected = _group.MinLevel is { } lvl ? p.Format("language.expected.level", names, p["langlevel.min." + lvl.ToKey()]) : names;
        var observed = profile.Languages is null
            ? p["language.unknown"]
            : profile.Languages.Count == 0 ? p["language.none"] : p.List(profile.Languages.Select(s => s.Level is { } l ? $"{p.Language(s.Language)} ({p.LanguageLevelName(l)})" : p.Language(s.Language)));
        string sentence;
        if (profile.Languages is null) sentence = p.Format("language.sentence.unknown", expected, Need(p));
        else if (best is null) sentence = p.Format("language.sentence.none", names, Need(p));
        else
        {
            var spoken = best.Level is { } bl ? $"{p.Language(best.Language)} ({p.LanguageLevelName(bl)})" : p.Language(best.Language);
            sentence = e.Outcome switch
            {
                Outcome.NotMet => p.Format("language.sentence.low", spoken, expected, Need(p)),
                Outcome.Unknown => p.Format("language.sentence.nolevel", spoken, expected, Need(p)),
                _ => p.Format("language.sentence.met", spoken, expected, Need(p)),
            };
        }
        return Result(e, expected, observed, sentence);
    }
}
