using FsCheck;
using Outcome = Matching.Scoring.Outcome;
using FsCheck.Xunit;
using Matching.Model;
using Matching.Scoring;
using Xunit;

namespace Matching.Tests.Learning;

public class RelevanceTests
{
    private static double Relevance(Posting posting, string title, string? domain = null)
    {
        var relevance = new ExperienceRelevance(posting);
        var context = new ScoringContext(MatchOptions.Default, null);
        return relevance.Of(new ExperienceEntry { Title = title, Domain = domain, Months = 12 }, context);
    }

    [Theory]
    [InlineData("gestionnaire", "Gestionnaire de cas VBG", null, "Comptable", null)]
    [InlineData("gestionnaire", "Travailleuse sociale", "prise en charge des survivantes", "Chauffeur", null)]
    [InlineData("gestionnaire", "Case manager protection de l'enfance", null, "Magasinier", null)]
    [InlineData("gestionnaire", "Assistante sociale", null, "Enseignant", null)]
    [InlineData("gestionnaire", "Agent de protection", null, "Vendeuse", null)]
    [InlineData("animatrice", "Animatrice", "sensibilisation communautaire", "Caissière", null)]
    [InlineData("animatrice", "Relais communautaire", null, "Secrétaire", null)]
    [InlineData("animatrice", "Monitrice de protection", null, "Hydraulicien", null)]
    [InlineData("animatrice", "Facilitatrice espaces sûrs", null, "Infirmière", null)]
    [InlineData("pbc", "Chargé de protection", null, "Comptable", null)]
    [InlineData("pbc", "Moniteur protection", "protection humanitaire", "Agronome", null)]
    [InlineData("pbc", "Agent communautaire", "comités communautaires de protection", "Logisticien", null)]
    [InlineData("pbc", "Assistant protection de l'enfance", null, "Informaticien", null)]
    [InlineData("smsps", "Psychologue clinicien", null, "Logisticien", null)]
    [InlineData("smsps", "Coordinateur santé mentale", null, "Coordinateur logistique", null)]
    [InlineData("smsps", "Conseillère psychosociale", null, "Comptable", null)]
    [InlineData("smsps", "Responsable MHPSS", null, "Chef de chantier", null)]
    [InlineData("smsps", "Gestionnaire de cas VBG", null, "Agent de sécurité", null)]
    [InlineData("assistant", "Mobilisatrice communautaire", null, "Chauffeur", null)]
    [InlineData("assistant", "Chargée d'autonomisation économique des femmes", null, "Gardien", null)]
    [InlineData("assistant", "Animateur AGR", "activités génératrices de revenus", "Assistant administratif", null)]
    [InlineData("assistant", "Facilitateur de groupements de femmes", "entrepreneuriat féminin", "Technicien informatique", null)]
    [InlineData("mobilisateur", "Relais communautaire nutrition", null, "Chauffeur", null)]
    [InlineData("mobilisateur", "Agent de santé communautaire", null, "Comptable", null)]
    [InlineData("mobilisateur", "Animateur", "sensibilisation paludisme", "Magasinier", null)]
    [InlineData("mobilisateur", "Agent de dépistage MUAC", null, "Secrétaire", null)]
    [InlineData("mobilisateur", "Mobilisatrice sociale", null, "Vendeur", null)]
    [InlineData("mobilisateur", "Assistant nutrition", null, "Journaliste", null)]
    public void Of_RelevantJob_ScoresAboveIrrelevantJob(string posting, string relevant, string? relevantDomain, string irrelevant, string? irrelevantDomain)
    {
        var p = SeedPostings.ByKey(posting);

        var good = Relevance(p, relevant, relevantDomain);
        var bad = Relevance(p, irrelevant, irrelevantDomain);

        Assert.True(good > bad, $"{relevant}: {good:0.00} should be above {irrelevant}: {bad:0.00}");
        Assert.True(good >= ExperienceRelevance.Unclear, $"{relevant}: {good:0.00} should count");
        Assert.True(bad < ExperienceRelevance.Unclear, $"{irrelevant}: {bad:0.00} should not count");
    }

    [Theory]
    [InlineData("smsps", "Conseiller en écoute", "Enquêteur")]
    [InlineData("mobilisateur", "Agent de terrain", "Traducteur")]
    [InlineData("assistant", "Superviseur de terrain", "Chargé de réunification familiale")]
    [InlineData("pbc", "Agent d'alerte précoce", "Conseiller en écoute")]
    public void Of_JobNamingNoFamily_TextModelOrdersThem(string posting, string closer, string farther)
    {
        var p = SeedPostings.ByKey(posting);

        var a = Relevance(p, closer);
        var b = Relevance(p, farther);

        Assert.True(a > b, $"{closer}: {a:0.00} should be above {farther}: {b:0.00}");
    }

    [Theory]
    [InlineData("Chargé de protection", "Officier de protection")]
    [InlineData("Assistante protection", "Agent protection")]
    [InlineData("Coordinateur mobilisation communautaire", "Assistant mobilisation communautaire")]
    public void Of_TitlesDifferingByRankOnly_CountFully(string job, string postingTitle)
    {
        var p = new Posting { Title = postingTitle, Experience = new ExperienceRequirement(2, relevantOnly: true) };

        Assert.Equal(ExperienceRelevance.Full, Relevance(p, job));
    }

    [Theory]
    [InlineData("Psychologue clinicien", "smsps")]
    [InlineData("Comptable", "gestionnaire")]
    [InlineData("Relais communautaire nutrition", "mobilisateur")]
    public void Of_SameJobTwice_IsCachedAndEqual(string title, string posting)
    {
        var relevance = new ExperienceRelevance(SeedPostings.ByKey(posting));
        var context = new ScoringContext(MatchOptions.Default, null);
        var entry = new ExperienceEntry { Title = title, Organization = "A", Months = 3 };

        var first = relevance.Of(entry, context);
        var second = relevance.Of(entry with { Organization = "B", Months = 40 }, new ScoringContext(MatchOptions.Default, null));

        Assert.Equal(first, second);
        Assert.InRange(first, 0.0, 1.0);
        Assert.Single(context.RelevanceCache);
    }

    [Property(MaxTest = 300)]
    public bool Of_AnyTitleAndDomain_IsBetweenZeroAndOne(string? title, string? domain, PositiveInt postingPick)
    {
        string[] keys = ["gestionnaire", "animatrice", "pbc", "smsps", "assistant", "mobilisateur"];
        var r = Relevance(SeedPostings.ByKey(keys[postingPick.Get % keys.Length]), title!, domain);
        return r is >= 0.0 and <= 1.0;
    }

    [Theory]
    [InlineData("x", null)]
    [InlineData("", "")]
    [InlineData("é", "?")]
    [InlineData("Chargé", null)]
    [InlineData(null, "protection")]
    [InlineData("  --  ", "VBG")]
    public void Of_OddTitles_StaysInRange(string? title, string? domain)
    {
        foreach (var key in new[] { "gestionnaire", "smsps", "mobilisateur" })
            Assert.InRange(Relevance(SeedPostings.ByKey(key), title!, domain), 0.0, 1.0);
    }

    [Theory]
    [InlineData("Comptable")]
    [InlineData("Chauffeur")]
    public void Of_PostingNamingNoFamily_CountsEveryJobFully(string job)
    {
        var posting = new Posting { Title = "Agent polyvalent", Experience = new ExperienceRequirement(2, relevantOnly: true) };

        Assert.False(new ExperienceRelevance(posting).CanJudge);
        Assert.Equal(ExperienceRelevance.Full, Relevance(posting, job));
    }

    [Theory]
    [InlineData("Infirmier")]
    [InlineData("Sage-femme")]
    public void Of_HealthJobForMentalHealthPost_DoesNotCountAsSharingSante(string job)
    {
        Assert.True(Relevance(SeedPostings.CoordinateurSmsps, job) < ExperienceRelevance.Unclear);
    }

    private static readonly string[] Titles =
    [
        "Gestionnaire de cas VBG", "Comptable", "Animatrice", "Chauffeur", "Psychologue clinicien", "Relais communautaire nutrition",
        "Agent de terrain", "Traducteur", "Chargé de protection", "Infirmière", "Vendeur", "Mobilisatrice sociale",
    ];

    private static readonly OrganizationType?[] OrgTypes = [null, OrganizationType.Ingo, OrganizationType.Ngo, OrganizationType.Un, OrganizationType.Private];

    private static ExperienceEntry Entry(int seed)
    {
        var title = Titles[seed % Titles.Length];
        var org = OrgTypes[seed / 7 % OrgTypes.Length];
        var months = 1 + seed / 3 % 48;
        if (seed % 2 == 0) return new ExperienceEntry { Title = title, OrganizationType = org, Months = months };
        var start = new YearMonth(2012 + seed % 12, 1 + seed % 12);
        return new ExperienceEntry { Title = title, OrganizationType = org, Start = start, End = new YearMonth(1900 + (start.Index + months) / 12, 1 + (start.Index + months) % 12) };
    }

    [Property(MaxTest = 200)]
    public bool Score_AddingAnExperienceEntry_NeverLowersTheScore(NonNegativeInt[] seeds, NonNegativeInt extra, PositiveInt postingPick)
    {
        string[] keys = ["gestionnaire", "animatrice", "pbc", "smsps", "assistant", "mobilisateur"];
        var posting = SeedPostings.ByKey(keys[postingPick.Get % keys.Length]);
        var options = new MatchOptions { ReferenceDate = new DateOnly(2026, 2, 1) };
        var entries = seeds.Take(6).Select(s => Entry(s.Get)).ToList();
        var before = new CandidateProfile("c-1") { Experience = entries };
        var after = before with { Experience = [.. entries, Entry(extra.Get)] };

        var a = Matcher.Explain(before, posting, options);
        var b = Matcher.Explain(after, posting, options);

        return b.Score + 1e-12 >= a.Score;
    }

    [Fact]
    public void Explain_RelevantAndIrrelevantJobs_NamesCountedAndUncounted()
    {
        var candidate = new CandidateProfile("c-017")
        {
            Experience =
            [
                new ExperienceEntry { Title = "Gestionnaire de cas VBG", Organization = "IRC", OrganizationType = OrganizationType.Ingo, Months = 30 },
                new ExperienceEntry { Title = "Animatrice", Organization = "AMSS", OrganizationType = OrganizationType.Ngo, Months = 18 },
                new ExperienceEntry { Title = "Comptable", Organization = "BNDA", OrganizationType = OrganizationType.Private, Months = 24 },
            ],
        };

        var result = Matcher.Explain(candidate, SeedPostings.GestionnaireDeCas);
        var experience = result.Criteria.Single(c => c.Kind == CriterionKind.Experience);
        var sentence = experience.Sentence;

        var notCountedAt = sentence.IndexOf("non compté", StringComparison.Ordinal);
        Assert.True(notCountedAt > 0, sentence);
        Assert.Contains("Gestionnaire de cas VBG (IRC)", sentence[..notCountedAt]);
        Assert.Contains("Animatrice (AMSS)", sentence[..notCountedAt]);
        Assert.Contains("Comptable (BNDA)", sentence[notCountedAt..]);
        Assert.Equal(Outcome.Met, experience.Outcome);
    }

    [Fact]
    public void Explain_IrrelevantJobOnly_CountsNoYears()
    {
        var candidate = new CandidateProfile("c-018")
        {
            Experience = [new ExperienceEntry { Title = "Comptable", Organization = "BNDA", Months = 60 }],
        };

        var experience = Matcher.Explain(candidate, SeedPostings.GestionnaireDeCas).Criteria.Single(c => c.Kind == CriterionKind.Experience);

        Assert.Equal(Outcome.NotMet, experience.Outcome);
        Assert.Equal(0.0, experience.Score);
        Assert.Contains("Comptable (BNDA)", experience.Sentence);
    }

    [Fact]
    public void Explain_ScopedIngoPart_CountsOnlyRelevantJobsWithInternationalNgos()
    {
        var relevantAtNgo = new CandidateProfile("c-1")
        {
            Experience =
            [
                new ExperienceEntry { Title = "Chargé de protection", Organization = "AMSS", OrganizationType = OrganizationType.Ngo, Months = 80 },
                new ExperienceEntry { Title = "Comptable", Organization = "NRC", OrganizationType = OrganizationType.Ingo, Months = 80 },
            ],
        };
        var relevantAtIngo = relevantAtNgo with
        {
            Experience = [new ExperienceEntry { Title = "Chargé de protection", Organization = "NRC", OrganizationType = OrganizationType.Ingo, Months = 80 }],
        };

        var partial = Matcher.Explain(relevantAtNgo, SeedPostings.OfficierPbc).Criteria.Single(c => c.Kind == CriterionKind.Experience);
        var met = Matcher.Explain(relevantAtIngo, SeedPostings.OfficierPbc).Criteria.Single(c => c.Kind == CriterionKind.Experience);

        Assert.Equal(Outcome.Partial, partial.Outcome);
        Assert.Equal(Outcome.Met, met.Outcome);
        Assert.True(met.Score > partial.Score);
    }
}
