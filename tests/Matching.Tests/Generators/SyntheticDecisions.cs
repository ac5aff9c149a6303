using Matching.Learning;
using Matching.Model;
using Matching.Scoring;

namespace Matching.Tests.Generators;

/// <summary>
/// Decisions made from known hidden weights: candidates and postings drawn from a seeded random
/// source, each candidate graded 0–3 by the posting's quantiles of its hidden weighted score plus noise.
/// </summary>
internal sealed class SyntheticDecisions
{
    public static readonly MatchWeights Hidden = new()
    {
        Education = 0.05,
        Experience = 0.20,
        Languages = 0.15,
        Licences = 0.0,
        Location = 0.35,
        Areas = 0.0,
        Skills = 0.25,
    };

    public static readonly DateOnly ReferenceDate = new(2026, 2, 1);

    private static readonly string[] Places = ["Mopti", "Sévaré", "Bamako", "Bandiagara", "Kolondiéba"];
    private static readonly string[] Fields = ["sociologie", "travail social", "comptabilité", "psychologie", "gestion"];
    private static readonly string[] Jobs =
    [
        "Gestionnaire de cas VBG", "Animatrice communautaire", "Chargé de protection", "Psychologue clinicien", "Relais communautaire nutrition",
        "Comptable", "Chauffeur", "Logisticien", "Vendeur", "Secrétaire",
    ];
    private static readonly string[] Tools = ["word", "excel", "kobo", "spss"];
    private static readonly string[] Titles =
    [
        "Gestionnaire de cas", "Animatrice communautaire", "Officier Protection à base communautaire", "Mobilisateur Communautaire",
        "Chargé de protection", "Psychologue", "Assistant mobilisation communautaire", "Agent de protection de l'enfance",
    ];

    public static CandidateProfile Candidate(Random r, int i) => new($"c-{i:000}")
    {
        Name = $"Candidat {i}",
        Gender = r.Next(2) == 0 ? Sex.Female : Sex.Male,
        Nationality = "malienne",
        Home = Places[r.Next(Places.Length)],
        Education = [new EducationEntry((DiplomaLevel)r.Next((int)DiplomaLevel.Bac, (int)DiplomaLevel.Bac5 + 1), Fields[r.Next(Fields.Length)])],
        Experience = Enumerable.Range(0, r.Next(0, 4))
            .Select(_ => new ExperienceEntry { Title = Jobs[r.Next(Jobs.Length)], Months = r.Next(6, 60) })
            .ToArray(),
        Languages = r.Next(3) == 0
            ? [new LanguageSkill(LanguageKey.French, (LanguageLevel)r.Next(1, 5))]
            : [new LanguageSkill(LanguageKey.French, (LanguageLevel)r.Next(1, 5)), new LanguageSkill(LanguageKey.English, (LanguageLevel)r.Next(1, 5))],
        Licences = r.Next(2) == 0 ? [LicenceCategory.B] : [],
        Skills = Tools.Where(_ => r.Next(2) == 0).ToArray(),
    };

    /// <summary>A posting whose criteria are all preferred, so every candidate is eligible and only the weights order them.</summary>
    public static Posting Posting(Random r, int i) => new()
    {
        Title = Titles[i % Titles.Length],
        Organization = "ONG",
        Locations = [Places[r.Next(Places.Length)]],
        Education = new EducationRequirement((DiplomaLevel)r.Next((int)DiplomaLevel.Bac2, (int)DiplomaLevel.Bac5 + 1), [Fields[r.Next(2)]], Necessity.Preferred),
        Experience = new ExperienceRequirement(r.Next(1, 5), Necessity.Preferred, relevantOnly: true),
        Languages = [new LanguageGroup([LanguageKey.French], Necessity.Preferred, LanguageLevel.Fluent), new LanguageGroup([LanguageKey.English], Necessity.Preferred, LanguageLevel.Good)],
        Licences = [new LicenceRequirement(LicenceCategory.B, Necessity.Preferred)],
        Skills = Tools.Where(_ => r.Next(2) == 0).DefaultIfEmpty("excel").ToArray(),
    };

    public SyntheticDecisions(int seed, int postings, int candidates, double noise, MatchWeights? hidden = null)
    {
        HiddenWeights = hidden ?? Hidden;
        var r = new Random(seed);
        Candidates = Enumerable.Range(0, candidates).Select(i => Candidate(r, i)).ToArray();
        Postings = Enumerable.Range(0, postings).Select(i => Posting(r, i)).ToArray();
        var decisions = new List<Decision>();
        foreach (var p in Postings)
        {
            var scores = HiddenScores(p);
            var noisy = Candidates.Select(c => scores[c.Id] + noise * Gaussian(r)).ToArray();
            var sorted = noisy.OrderByDescending(x => x).ToArray();
            double Q(double share) => sorted[Math.Min(sorted.Length - 1, (int)(share * sorted.Length))];
            var (q3, q2, q1) = (Q(0.15), Q(0.35), Q(0.65));
            for (var i = 0; i < Candidates.Length; i++)
            {
                var grade = noisy[i] > q3 ? 3 : noisy[i] > q2 ? 2 : noisy[i] > q1 ? 1 : 0;
                decisions.Add(new Decision(p, Candidates[i], grade));
            }
        }
        Decisions = decisions;
    }

    public MatchWeights HiddenWeights { get; }

    public CandidateProfile[] Candidates { get; }

    public Posting[] Postings { get; }

    public List<Decision> Decisions { get; }

    public Dictionary<string, double> HiddenScores(Posting posting)
        => Matcher.Rank(Candidates, posting, new MatchOptions { Weights = HiddenWeights, ReferenceDate = ReferenceDate }).Results.ToDictionary(x => x.Id, x => x.Score);

    private static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
