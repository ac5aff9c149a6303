using F23.StringSimilarity;
using Matching.Explanations;
using Matching.Internal;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// Diploma: the best entry counts. Level part: 0.85 at the floor rising to 1 three levels above,
/// 0.55·level/floor below it. Field part: 1 for a field named, 0.75 for a field of the same family,
/// 0.45 where the field is not given or not recognised, 0.2 for a field of another family.
/// Entry score = level part × (0.7 + 0.3 × field part).
/// </summary>
internal sealed class EducationCriterion : Criterion
{
    private static readonly JaroWinkler Similarity = new();
    private readonly EducationRequirement _req;
    private readonly string[] _fields;
    private readonly ulong _fieldFamilies;

    public EducationCriterion(EducationRequirement req) : base(CriterionKind.Education, req.Necessity)
    {
        _req = req;
        _fields = req.Fields.Select(Text.Fold).Where(f => f.Length > 0).ToArray();
        _fieldFamilies = _fields.Aggregate(0UL, (acc, f) => acc | Lexicon.Fields.Classify(f));
    }

    public static double LevelPart(DiplomaLevel level, DiplomaLevel? floor)
    {
        var f = (int)(floor ?? DiplomaLevel.Def);
        var l = (int)level;
        return l >= f ? 0.85 + 0.15 * Math.Min(1.0, (l - f) / 3.0) : 0.55 * l / f;
    }

    public static double EntryScore(double levelPart, double fieldPart) => levelPart * (0.7 + 0.3 * fieldPart);

    public override Evaluation Evaluate(CandidateProfile profile, ScoringContext context)
        => Measure(profile, context, out _);

    private Evaluation Measure(CandidateProfile profile, ScoringContext context, out EducationEntry? best)
    {
        best = null;
        var entries = profile.Education;
        if (entries is null) return Evaluation.Unknown(context.Options.UnknownCredit);
        if (entries.Count == 0) return new Evaluation(Outcome.NotMet, 0);
        double bestScore = -1;
        var anyMet = false;
        var anyUnknownLevel = false;
        var bestMetField = 0.0;
        var smallestGap = int.MaxValue;
        foreach (var e in entries)
        {
            var field = FieldPart(e, context);
            double level;
            if (e.Level is not { } l)
            {
                anyUnknownLevel = true;
                level = 0.5;
            }
            else
            {
                level = LevelPart(l, _req.MinLevel);
                if (_req.MinLevel is not { } floor || l >= floor)
                {
                    if (!anyMet || field > bestMetField) bestMetField = field;
                    anyMet = true;
                }
                else smallestGap = Math.Min(smallestGap, (int)floor - (int)l);
            }
            var s = EntryScore(level, field);
            if (s > bestScore) { bestScore = s; best = e; }
        }
        if (anyMet) return new Evaluation(bestMetField >= 0.75 ? Outcome.Met : Outcome.Partial, bestScore);
        if (anyUnknownLevel) return new Evaluation(Outcome.Unknown, bestScore);
        return new Evaluation(Outcome.NotMet, bestScore, smallestGap == 1);
    }

    private double FieldPart(EducationEntry e, ScoringContext context)
    {
        if (_fields.Length == 0) return 1;
        var text = e.Field ?? e.Title;
        if (string.IsNullOrWhiteSpace(text)) return 0.45;
        if (context.FieldCache.TryGetValue(text, out var cached)) return cached;
        var folded = Text.Fold(text);
        double part;
        var padded = " " + folded + " ";
        if (_fields.Any(f => padded.Contains(" " + f + " ", StringComparison.Ordinal) || (" " + f + " ").Contains(padded, StringComparison.Ordinal)))
            part = 1;
        else
        {
            var families = Lexicon.Fields.Classify(folded);
            if ((families & _fieldFamilies) != 0) part = 0.75;
            else if (families != 0 && _fieldFamilies != 0) part = 0.2;
            else part = _fields.Max(f => Similarity.Similarity(f, folded)) >= 0.9 ? 1 : 0.45;
        }
        if (context.FieldCache.Count < 100_000) context.FieldCache[text] = part;
        return part;
    }

    public override CriterionResult Explain(CandidateProfile profile, ScoringContext context, Phrases p)
    {
        var e = Measure(profile, context, out var best);
        var expected = _req.MinLevel is { } lvl ? p.Level(lvl) : p["education.anydiploma"];
        if (_req.Fields.Count > 0) expected = p.Format("education.infields", expected, p.List(_req.Fields, or: true));
        string observed;
        if (profile.Education is null) observed = p["education.unknown"];
        else if (best is null) observed = p["education.none"];
        else
        {
            var what = best.Title ?? (best.Field is { } f ? p.Format("education.levelfield", best.Level is { } bl ? p.Level(bl) : "?", f) : best.Level is { } l2 ? p.Level(l2) : "?");
            observed = best.Title is not null && best.Level is { } bl2 ? $"{what} ({p.Level(bl2)})" : what;
        }
        var key = e.Outcome switch
        {
            Outcome.Met => "education.met",
            Outcome.Partial => "education.partial",
            Outcome.NotMet => e.NearMiss ? "education.nearmiss" : "education.notmet",
            _ => profile.Education is null ? "education.sentence.unknown" : "education.unknownlevel",
        };
        var sentence = p.Format(key, observed, expected, Need(p));
        var details = profile.Education?.Select(x => new Explanation(
            x.Level is { } lv ? EntryScore(LevelPart(lv, _req.MinLevel), FieldPart(x, context)) : EntryScore(0.5, FieldPart(x, context)),
            x.Title ?? $"{(x.Level is { } l3 ? p.Level(l3) : "?")} {x.Field}".Trim()));
        return Result(e, expected, observed, sentence, details, CombineOperator.Max);
    }
}
