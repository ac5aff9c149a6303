using Matching.Explanations;
using Matching.Extraction;
using Matching.Internal;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// Software and tools: the share of the posting's tools the candidate names. "office" stands for
/// Word, Excel and PowerPoint and is met by any of them; each of them is met by "office".
/// </summary>
internal sealed class SkillsCriterion : Criterion
{
    private static readonly string[] OfficeSuite = ["word", "excel", "powerpoint", "access", "outlook"];
    private static readonly Dictionary<string, string> DisplayNames = ResourceFiles.ReadTsv("skill-names.tsv")
        .Where(r => r.Length >= 2).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
    private static readonly HashSet<string> Known = FrenchLexicon.Skills.Select(x => x.Skill).ToHashSet(StringComparer.Ordinal);
    private static readonly BoundedCache<string[]> Canonical = new(Read);
    private readonly IReadOnlyList<string> _skills;

    public SkillsCriterion(IReadOnlyList<string> skills) : base(CriterionKind.Skills, Necessity.Preferred) => _skills = skills;

    private static bool Has(IReadOnlyList<string> held, string asked)
    {
        foreach (var h in held)
            if (Meets(h, asked)) return true;
        return false;
    }

    /// <summary>
    /// Whether holding one tool meets one asked for. A tool as a candidate wrote it ("MS Excel",
    /// "Pack Office (Word, Excel)") is read with the posting's skills lexicon.
    /// </summary>
    internal static bool Meets(string held, string asked)
    {
        if (MeetsCanonical(held, asked)) return true;
        if (Known.Contains(held)) return false;
        foreach (var h in Canonical.Get(held))
            if (MeetsCanonical(h, asked)) return true;
        return false;
    }

    private static bool MeetsCanonical(string held, string asked)
        => held == asked
            || (asked == "office" && Array.IndexOf(OfficeSuite, held) >= 0)
            || (held == "office" && Array.IndexOf(OfficeSuite, asked) >= 0);

    /// <summary>The lexicon's tools named in a free-form tool name ("Pack Office (Word, Excel)").</summary>
    private static string[] Read(string held)
        => FrenchLexicon.SkillMatcher.FindAll(Text.Fold(held)).Select(hit => hit.Value.TrimEnd('?')).Distinct().ToArray();

    /// <summary>How a tool is written in an explanation ("excel" → "Excel").</summary>
    internal static string Display(string skill) => DisplayNames.TryGetValue(skill, out var name) ? name : skill;

    /// <summary>The tools of the skills lexicon (interchange names).</summary>
    internal static IReadOnlyCollection<string> KnownTools => Known;

    /// <summary>The tools asked for.</summary>
    internal IReadOnlyList<string> Asked => _skills;

    /// <summary>The evaluation from how many of the tools asked are held (the profile lists its tools).</summary>
    internal Evaluation FromCount(int count)
    {
        var share = (double)count / _skills.Count;
        return new Evaluation(count == _skills.Count ? Outcome.Met : count > 0 ? Outcome.Partial : Outcome.NotMet, share);
    }

    public override Evaluation Evaluate(CandidateProfile profile, ScoringContext context)
    {
        var held = profile.Skills;
        if (held is null) return Evaluation.Unknown(context.Options.UnknownCredit);
        var count = 0;
        foreach (var s in _skills) if (Has(held, s)) count++;
        return FromCount(count);
    }

    public override CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases p)
    {
        var e = Evaluate(profile, context);
        var expected = p.List(_skills.Select(Display));
        var observed = profile.Skills is null ? p["skills.unknown"] : profile.Skills.Count == 0 ? p["skills.none"] : p.List(profile.Skills.Select(Display));
        var missing = profile.Skills is null ? _skills : _skills.Where(s => !Has(profile.Skills, s)).ToList();
        var sentence = e.Outcome switch
        {
            Outcome.Met => p.Format("skills.sentence.met", expected),
            Outcome.Unknown => p.Format("skills.sentence.unknown", expected),
            _ => p.Format("skills.sentence.missing", p.List(missing.Select(Display)), expected),
        };
        return Result(e, expected, observed, sentence);
    }
}
