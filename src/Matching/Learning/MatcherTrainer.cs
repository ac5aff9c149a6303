using System.Globalization;
using Matching.Explanations;
using Matching.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Matching.Learning;

/// <summary>
/// Learns the weights of the criteria (<see cref="MatchWeights"/>) from recruiters' decisions, so
/// that the matcher's weighted sum ranks candidates as the recruiters did.
/// </summary>
/// <remarks>
/// <para>
/// Features: for each decision, the matcher's score of each scored kind of criterion (education,
/// experience, languages, licences, location, areas, skills), averaged over the posting's criteria
/// of that kind; a kind the posting does not set takes the mean of that kind's scores over the
/// decisions, a constant within the posting. Gender and nationality are eligibility rules, never
/// features; ids, names and everything else about the candidate never reach the model.
/// </para>
/// <para>
/// Model: ML.NET's L-BFGS logistic regression with non-negative weights, so the ranking stays a
/// weighted sum in which more of a good thing never lowers a score. Yes/no decisions are one
/// example each (shortlisted or not); graded decisions are one example per threshold (grade ≥ 1,
/// ≥ 2, ≥ 3) with a shift per threshold (a cumulative-logit ordinal model), weighted so that each
/// decision counts once. The weights are normalised to sum to 1 over the kinds learned; a kind
/// whose score never varies in the decisions cannot be learned and keeps its default weight,
/// as gender and nationality do.
/// </para>
/// <para>
/// Fit: each posting's decisions are split (seeded) into a training part and a held-out part;
/// weights fitted on the training part are measured on the held-out part (AUC of the shortlist
/// and NDCG@10 of the ranking, per posting, averaged), beside the default weights. The weights
/// returned are then fitted on all the decisions.
/// </para>
/// </remarks>
public static class MatcherTrainer
{
    /// <summary>The fewest decisions learned from.</summary>
    public const int MinimumDecisions = 30;

    /// <summary>The fewest distinct postings learned from.</summary>
    public const int MinimumPostings = 2;

    /// <summary>The fewest shortlisted and the fewest not-shortlisted decisions learned from.</summary>
    public const int MinimumPerSide = 5;

    private const int Thresholds = 3;
    private const int FeatureCount = 7 + 2 + 1;
    private const float L2 = 0.01f;

    /// <summary>Learns weights from decisions.</summary>
    /// <param name="decisions">The decisions: several postings, both shortlisted and rejected candidates.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The weights, their fit on held-out decisions, and notes.</returns>
    /// <exception cref="ArgumentNullException">The decisions or one of them is null.</exception>
    /// <exception cref="InsufficientDecisionsException">
    /// Fewer than <see cref="MinimumDecisions"/> decisions or <see cref="MinimumPostings"/> postings,
    /// fewer than <see cref="MinimumPerSide"/> shortlisted or not shortlisted, a single grade, or
    /// decisions that no criterion explains. The message says which.
    /// </exception>
    public static TrainingResult Train(IEnumerable<Decision> decisions, TrainerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        options ??= TrainerOptions.Default;
        var list = decisions.ToList();
        for (var i = 0; i < list.Count; i++)
            if (list[i] is null) throw new ArgumentNullException(nameof(decisions), $"decisions[{i}] is null.");
        Refuse(list);
        var features = DecisionFeatures.Build(list, options.MatchOptions);
        var notes = new List<(string En, string Fr)>();
        var learnable = Enumerable.Range(0, DecisionFeatures.Kinds.Length).Where(k => features.Varies[k]).ToArray();
        if (learnable.Length == 0)
            throw new InsufficientDecisionsException("No criterion score varies across the decisions: the postings set no criterion on which the candidates differ, so there is nothing to weigh.",
                "Aucun score de critère ne varie d'une décision à l'autre : les offres ne fixent aucun critère sur lequel les candidats diffèrent, il n'y a donc rien à pondérer.");

        var (train, heldOut) = Split(features, options.Seed, options.HoldoutFraction);
        var trial = ToWeights(Fit(features, train, options.Seed), features, notes: null);
        var (auc, ndcg) = Measure(features, heldOut, trial);
        var (defaultAuc, defaultNdcg) = Measure(features, heldOut, MatchWeights.Default);

        var all = Enumerable.Range(0, features.Count).ToArray();
        var weights = ToWeights(Fit(features, all, options.Seed), features, notes);
        var grades = list.Where(d => d.Grade is not null).Select(d => d.Grade!.Value).Distinct().Count();
        notes.Add(grades > 1
            ? ("Grades 0-3 were fitted as an ordinal model (one threshold per grade); yes/no decisions count as grade 2 or 0.",
               "Les notes 0 à 3 ont été ajustées par un modèle ordinal (un seuil par note) ; les décisions oui/non comptent comme les notes 2 et 0.")
            : ("Decisions were fitted as shortlisted (yes, or grade 2-3) against not shortlisted.",
               "Les décisions ont été ajustées en retenu (oui, ou note 2 à 3) contre non retenu."));
        notes.Add((string.Create(CultureInfo.InvariantCulture, $"Held-out fit measured on {heldOut.Length} decisions after fitting on {train.Length}; the weights returned are fitted on all {features.Count}."),
            string.Create(CultureInfo.InvariantCulture, $"Qualité mesurée sur {heldOut.Length} décisions mises de côté, après ajustement sur {train.Length} ; les poids rendus sont ajustés sur les {features.Count}.")));
        return new TrainingResult
        {
            Weights = weights,
            Auc = auc,
            Ndcg10 = ndcg,
            DefaultAuc = defaultAuc,
            DefaultNdcg10 = defaultNdcg,
            ExamplesUsed = features.Count,
            HeldOut = heldOut.Length,
            Postings = features.PostingCount,
            Notes = notes.Select(n => n.En).ToArray(),
            NotesFr = notes.Select(n => n.Fr).ToArray(),
        };
    }

    private static void Refuse(List<Decision> list)
    {
        if (list.Count < MinimumDecisions)
            throw new InsufficientDecisionsException($"Only {list.Count} decisions: at least {MinimumDecisions} are needed to learn weights.",
                $"{list.Count} décision(s) seulement : il en faut au moins {MinimumDecisions} pour apprendre des poids.");
        var postings = list.Select(d => d.Posting).Distinct(ReferenceEqualityComparer.Instance).Count();
        if (postings < MinimumPostings)
            throw new InsufficientDecisionsException($"All decisions concern {postings} posting: decisions on at least {MinimumPostings} postings are needed, or the weights would only fit that one.",
                $"Toutes les décisions portent sur une seule offre : il en faut sur au moins {MinimumPostings} offres, sinon les poids ne vaudraient que pour celle-là.");
        var yes = list.Count(d => d.Shortlisted);
        var no = list.Count - yes;
        if (yes < MinimumPerSide)
            throw new InsufficientDecisionsException($"Only {yes} of {list.Count} decisions shortlist the candidate (yes, or grade 2-3): at least {MinimumPerSide} are needed to learn what a recruiter looks for.",
                $"{yes} décision(s) sur {list.Count} seulement retiennent le candidat (oui, ou note 2 à 3) : il en faut au moins {MinimumPerSide} pour apprendre ce que cherche un recruteur.");
        if (no < MinimumPerSide)
            throw new InsufficientDecisionsException($"Only {no} of {list.Count} decisions reject the candidate (no, or grade 0-1): at least {MinimumPerSide} are needed to learn what a recruiter looks for.",
                $"{no} décision(s) sur {list.Count} seulement écartent le candidat (non, ou note 0 à 1) : il en faut au moins {MinimumPerSide} pour apprendre ce que cherche un recruteur.");
        if (list.All(d => d.Grade is not null) && list.Select(d => d.Grade).Distinct().Count() < 2)
            throw new InsufficientDecisionsException($"Every decision has grade {list[0].Grade}: a single grade shows no preference.",
                $"Toutes les décisions ont la note {list[0].Grade} : une seule note ne montre aucune préférence.");
    }

    /// <summary>Per posting, a seeded share of its decisions is held out (none for a posting of fewer than four).</summary>
    private static (int[] Train, int[] HeldOut) Split(DecisionFeatures f, int seed, double fraction)
    {
        var random = new Random(seed);
        var train = new List<int>();
        var heldOut = new List<int>();
        for (var p = 0; p < f.PostingCount; p++)
        {
            var items = Enumerable.Range(0, f.Count).Where(i => f.Posting[i] == p).ToArray();
            random.Shuffle(items);
            var take = items.Length >= 4 ? Math.Max(1, (int)Math.Round(items.Length * fraction)) : 0;
            heldOut.AddRange(items.Take(take));
            train.AddRange(items.Skip(take));
        }
        train.Sort();
        heldOut.Sort();
        return (train.ToArray(), heldOut.ToArray());
    }

    /// <summary>Fits the non-negative logistic model on some decisions; returns the weight of each kind.</summary>
    private static double[] Fit(DecisionFeatures f, int[] rows, int seed)
    {
        var graded = rows.Any(i => f.Graded[i]) && rows.Where(i => f.Graded[i]).Select(i => f.Grade[i]).Distinct().Count() > 1;
        var examples = new List<Example>();
        foreach (var i in rows)
        {
            if (graded && f.Graded[i])
            {
                for (var t = 1; t <= Thresholds; t++) examples.Add(Row(f, i, t, f.Grade[i] >= t, 1f / Thresholds));
            }
            else examples.Add(Row(f, i, Decision.ShortlistGrade, f.Shortlisted[i], 1f));
        }
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Example.Label),
            FeatureColumnName = nameof(Example.Features),
            ExampleWeightColumnName = nameof(Example.Weight),
            EnforceNonNegativity = true,
            L1Regularization = 0,
            L2Regularization = L2,
            OptimizationTolerance = 1e-8f,
            MaximumNumberOfIterations = 2000,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(data).Model.SubModel;
        var weights = model.Weights;
        var kinds = new double[DecisionFeatures.Kinds.Length];
        for (var k = 0; k < kinds.Length; k++) kinds[k] = Math.Max(0, weights[k]);
        return kinds;
    }

    /// <summary>
    /// One example: the kind scores, then the threshold shifts (+1 for grade ≥ 1, −1 for grade ≥ 3,
    /// so that non-negative weights order the thresholds), then −1 so the intercept can be negative
    /// under the non-negativity constraint.
    /// </summary>
    private static Example Row(DecisionFeatures f, int i, int threshold, bool label, float weight)
    {
        var x = new float[FeatureCount];
        for (var k = 0; k < DecisionFeatures.Kinds.Length; k++) x[k] = (float)f.Values[i][k];
        x[7] = threshold == 1 ? 1f : 0f;
        x[8] = threshold == 3 ? -1f : 0f;
        x[9] = -1f;
        return new Example { Features = x, Label = label, Weight = weight };
    }

    /// <summary>Learned kinds share 1 minus the default weight of the kinds that keep theirs, in proportion to their coefficients.</summary>
    private static MatchWeights ToWeights(double[] coefficients, DecisionFeatures f, List<(string En, string Fr)>? notes)
    {
        var defaults = MatchWeights.Default;
        var kinds = DecisionFeatures.Kinds;
        var kept = 0.0;
        double learnedSum = 0;
        for (var k = 0; k < kinds.Length; k++)
        {
            if (f.Varies[k]) learnedSum += coefficients[k];
            else kept += defaults[kinds[k]];
        }
        if (learnedSum <= 0)
            throw new InsufficientDecisionsException("No criterion score is higher for shortlisted candidates than for the others: the decisions follow something the criteria do not measure, so no weights can be learned from them.",
                "Aucun score de critère n'est plus haut pour les candidats retenus que pour les autres : les décisions suivent ce que les critères ne mesurent pas, aucun poids ne peut en être appris.");
        var share = 1.0 - kept;
        var w = new double[kinds.Length];
        for (var k = 0; k < kinds.Length; k++)
        {
            w[k] = f.Varies[k] ? share * coefficients[k] / learnedSum : defaults[kinds[k]];
            if (notes is null) continue;
            var name = Phrases.French["criterion." + CompiledPosting.Key(kinds[k])];
            var standard = defaults[kinds[k]].ToString("0.00", CultureInfo.InvariantCulture);
            if (!f.Varies[k])
                notes.Add(($"{kinds[k]}: no posting set it or its score never varied; kept at the default weight {standard}.",
                    $"{name} : aucune offre ne fixe ce critère ou son score n'a jamais varié ; poids par défaut conservé ({standard})."));
            else if (w[k] < 1e-6)
                notes.Add(($"{kinds[k]}: the decisions give it no weight (a negative weight was held at zero).",
                    $"{name} : les décisions ne donnent aucun poids à ce critère (un poids négatif a été ramené à zéro)."));
        }
        return new MatchWeights
        {
            Education = w[0],
            Experience = w[1],
            Languages = w[2],
            Licences = w[3],
            Location = w[4],
            Areas = w[5],
            Skills = w[6],
        };
    }

    /// <summary>AUC and NDCG@10 per posting on some decisions, ranked as the matcher ranks (eligible first, then score), averaged.</summary>
    internal static (double? Auc, double? Ndcg10) Measure(DecisionFeatures f, int[] rows, MatchWeights weights)
    {
        var aucs = new List<double>();
        var ndcgs = new List<double>();
        foreach (var group in rows.GroupBy(i => f.Posting[i]))
        {
            var items = group.ToArray();
            var keys = items.Select(i => (f.Eligible[i] ? 1.0 : 0.0) + f.Score(i, weights)).ToArray();
            if (Metrics.Auc(keys, items.Select(i => f.Shortlisted[i]).ToArray()) is { } auc) aucs.Add(auc);
            if (Metrics.Ndcg(keys, items.Select(i => (double)f.Grade[i]).ToArray(), 10) is { } ndcg) ndcgs.Add(ndcg);
        }
        return (aucs.Count > 0 ? aucs.Average() : null, ndcgs.Count > 0 ? ndcgs.Average() : null);
    }

    private sealed class Example
    {
        [VectorType(FeatureCount)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }

        public float Weight { get; set; }
    }
}
