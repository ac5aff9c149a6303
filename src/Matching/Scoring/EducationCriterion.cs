using F23.StringSimilarity;
using Matching.Explanations;
using Matching.Internal;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// Diploma: the best entry counts. Level part: 0.85 at the floor rising to 1 three levels above,
/// 0.55·level/floor below it. Field part: 1 for a field named, 0.75 for a field of the same family,
/// 0.45 where the field is not given or not recognised, 0.2 for a field of another family.
/// Entry score = level part × (0.7 + 0.3 × field part). Outcome of the best entry: met (level and a
/// named or related field), partial (level met, field not given or not recognised), not met (level
/// below, or a field of another family: recruiters do not admit an accountant to a social-work post).
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
        FieldKey = string.Concat(_fields.Select(f => $"{f.Length}:{f}"));
    }

    /// <summary>What the field part depends on (the fields asked, folded), unambiguously: criteria with the same key give every text the same field part.</summary>
    internal string FieldKey { get; }

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
        var acc = Best.Empty;
        var bestClass = -1;
        var bestScore = double.NegativeInfinity;
        foreach (var e in entries)
        {
            var field = FieldPart(e, context);
            var cls = Classify(e.Level, field, out var level, out var near);
            var score = EntryScore(level, field);
            Accumulate(ref acc, cls, score, near);
            // the diploma cited: the best scoring one of the class that decides the outcome
            if (cls > bestClass || (cls == bestClass && score > bestScore))
            {
                best = e;
                bestClass = cls;
                bestScore = score;
            }
        }
        return Result(acc);
    }

    /// <summary>What the entries seen so far give: the best entry score, the best outcome class and its near miss.</summary>
    internal struct Best
    {
        public double Score;
        public int Class; // 4 met, 3 partial, 2 unknown level, 1 not met, 0 no entry
        public bool NearMiss;

        public static Best Empty => new() { Score = -1 };
    }

    /// <summary>
    /// Adds one diploma. The formula on primitives, shared
    /// by the profile path and the candidate index: the order of the diplomas does not change the result.
    /// </summary>
    internal void Add(ref Best acc, DiplomaLevel? entryLevel, double field)
    {
        var cls = Classify(entryLevel, field, out var level, out var near);
        Accumulate(ref acc, cls, EntryScore(level, field), near);
    }

    /// <summary>Adds one classified diploma to what was seen.</summary>
    private static void Accumulate(ref Best acc, int cls, double score, bool near)
    {
        if (score > acc.Score) acc.Score = score;
        if (cls > acc.Class) { acc.Class = cls; acc.NearMiss = near; }
        else if (cls == acc.Class) acc.NearMiss |= near;
    }

    /// <summary>One diploma's outcome class (4 met, 3 partial, 2 unknown level, 1 not met), level part and near miss.</summary>
    private int Classify(DiplomaLevel? entryLevel, double field, out double level, out bool near)
    {
        near = false;
        if (entryLevel is not { } l)
        {
            level = 0.5;
            return 2;
        }
        level = LevelPart(l, _req.MinLevel);
        if (_req.MinLevel is not { } floor || l >= floor) return field >= 0.75 ? 4 : field > 0.2 ? 3 : 1;
        near = (int)floor - (int)l == 1 && field >= 0.75;
        return 1;
    }

    /// <summary>The evaluation of the diplomas added (none: not met, 0).</summary>
    internal static Evaluation Result(in Best acc) => acc.Class switch
    {
        0 => new Evaluation(Outcome.NotMet, 0),
        4 => new Evaluation(Outcome.Met, acc.Score),
        3 => new Evaluation(Outcome.Partial, acc.Score),
        2 => new Evaluation(Outcome.Unknown, acc.Score),
        _ => new Evaluation(Outcome.NotMet, acc.Score, acc.NearMiss),
    };

    private double FieldPart(EducationEntry e, ScoringContext context) => FieldPart(e.Field ?? e.Title, context);

    /// <summary>The field part of a diploma whose field (or, where none, title) is <paramref name="text"/>.</summary>
    internal double FieldPart(string? text, ScoringContext context)
    {
        if (_fields.Length == 0) return 1;
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
            Outcome.NotMet => e.NearMiss ? "education.nearmiss" : best?.Level is { } bl3 && (_req.MinLevel is not { } fl || bl3 >= fl) ? "education.wrongfield" : "education.notmet",
            _ => profile.Education is null ? "education.sentence.unknown" : "education.unknownlevel",
        };
        var sentence = p.Format(key, observed, expected, Need(p));
        var details = profile.Education?.Select(x => new Explanation(
            x.Level is { } lv ? EntryScore(LevelPart(lv, _req.MinLevel), FieldPart(x, context)) : EntryScore(0.5, FieldPart(x, context)),
            x.Title ?? $"{(x.Level is { } l3 ? p.Level(l3) : "?")} {x.Field}".Trim()));
        return Result(e, expected, observed, sentence, details, CombineOperator.Max);
    }
}
