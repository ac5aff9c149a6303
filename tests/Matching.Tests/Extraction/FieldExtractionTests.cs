using Matching.Extraction;
using Matching.Model;

namespace Matching.Tests.Extraction;

/// <summary>One rule at a time, on short French notices.</summary>
public class FieldExtractionTests
{
    private static Posting One(string text) => Assert.Single(PostingParser.Parse(text).Postings).Posting;

    private static Posting Profile(string line) => One("Titre du poste : Animateur\nProfil\n- " + line + "\n");

    [Theory]
    [InlineData("Au moins 02 ans d'expérience dans le domaine", 2)]
    [InlineData("Trois (03) ans d'expérience professionnelle", 3)]
    [InlineData("Minimum 6 ans d'expérience pertinente", 6)]
    [InlineData("Au moins 5 années d'expérience dans un poste similaire", 5)]
    [InlineData("Six mois d'expérience minimum", 0.5)]
    [InlineData("Expérience d'au moins dix (10) ans", 10)]
    [InlineData("Au moins 7 ans d'expérience dont 3 ans sur un poste similaire", 7)]
    [InlineData("Une expérience de 2 à 3 ans en animation", 2)]
    [InlineData("Master avec 3 ans d'expérience ou Licence avec 5 ans d'expérience", 3)]
    [InlineData("AU MOINS QUATRE (04) ANS D'EXPERIENCE", 4)]
    [InlineData("Vingt et un ans d'expérience", 21)]
    public void ReadExperience_YearsWritten_ReadsTheFloor(string line, double years)
    {
        Assert.Equal(years, Profile(line).Experience?.MinYears);
    }

    [Theory]
    [InlineData("INTERSOS, créée en 1992, recrute. Expérience en protection.")]
    [InlineData("L'ONG est présente depuis 30 ans au Mali et a de l'expérience.")]
    [InlineData("Dépister les enfants de 6 à 59 mois ; expérience en nutrition")]
    [InlineData("Le projet de 3 ans demande de l'expérience")]
    [InlineData("CV de 4 pages au maximum ; l'expérience sera évaluée au moins deux fois par an")]
    public void ReadExperience_NumberThatIsNoRequirement_IsIgnored(string line)
    {
        Assert.Null(Profile(line).Experience);
    }

    [Fact]
    public void ReadExperience_Souhaitee_IsPreferred()
    {
        Assert.Equal(Necessity.Preferred, Profile("Une expérience de 3 ans minimum est souhaitée").Experience?.Necessity);
    }

    [Fact]
    public void ReadExperience_DontPart_IsScoped()
    {
        var e = Profile("Au moins 7 ans d'expérience dont 3 ans en ONG internationale").Experience!;

        var scoped = Assert.Single(e.Scoped);
        Assert.Equal(3, scoped.MinYears);
        Assert.Equal(OrganizationType.Ingo, scoped.OrganizationType);
    }

    [Fact]
    public void ReadExperience_MentionWithoutLength_GivesDiagnostic()
    {
        var result = PostingParser.Parse("Titre du poste : Animateur\nExpérience\n- Expérience en gestion de projets\n");

        Assert.Contains(result.Diagnostics, d => d.Code == ParseDiagnostic.ExperienceWithoutDuration);
    }

    [Theory]
    [InlineData("Licence en sociologie", "bac+3")]
    [InlineData("Master en santé publique", "bac+5")]
    [InlineData("Diplôme de niveau Bac+5/M2", "bac+5")]
    [InlineData("Niveau Bac + 3 minimum", "bac+3")]
    [InlineData("Avoir une formation de niveau BAC et plus", "bac")]
    [InlineData("Doctorat en médecine", "bac+8")]
    [InlineData("BTS/DUT en comptabilité", "bac+2")]
    [InlineData("Diplôme de technicien supérieur en génie civil", "bac+2")]
    [InlineData("Maîtrise en droit", "bac+4")]
    [InlineData("Niveau DEF", "def")]
    [InlineData("Titulaire d'un CAP en mécanique", "cap")]
    [InlineData("Diplôme universitaire en travail social", "bac+3")]
    [InlineData("Doctorat en médecine ou Master en nutrition", "bac+5")]
    [InlineData("MASTER EN PSYCHOLOGIE", "bac+5")]
    public void ReadEducation_DiplomaWritten_ReadsTheLevel(string line, string level)
    {
        Assert.Equal(level, Profile(line).Education?.MinLevel?.ToKey());
    }

    [Fact]
    public void ReadEducation_FieldsListed_AreReadLowerCase()
    {
        var e = Profile("Licence en Sciences Sociales, Travail Social ou Psychologie").Education!;

        Assert.Equal(["sciences sociales", "travail social", "psychologie"], e.Fields);
    }

    [Theory]
    [InlineData("Un Master en économie serait un atout")]
    [InlineData("Licence en droit souhaitée")]
    public void ReadEducation_Atout_IsPreferred(string line)
    {
        Assert.Equal(Necessity.Preferred, Profile(line).Education?.Necessity);
    }

    [Theory]
    [InlineData("Français obligatoire", "french", true)]
    [InlineData("Maîtrise du français", "french", true)]
    [InlineData("L'anglais serait un plus", "english", false)]
    [InlineData("La connaissance du Peulh est un atout", "fula", false)]
    [InlineData("Parler le Fulfulde", "fula", true)]
    [InlineData("Le Sonrhaï est exigé", "songhay", true)]
    [InlineData("Tamachek souhaité", "tamasheq", false)]
    [InlineData("Bonne maîtrise du bambara appréciée", "bambara", false)]
    [InlineData("Langues locales souhaitées", "local", false)]
    [InlineData("La connaissance des langues locales est obligatoire", "local", true)]
    public void ReadLanguages_NecessityWritten_IsKept(string line, string key, bool required)
    {
        var group = Assert.Single(Profile(line).Languages);

        Assert.Equal(key, Assert.Single(group.AnyOf).Value);
        Assert.Equal(required ? Necessity.Required : Necessity.Preferred, group.Necessity);
    }

    [Fact]
    public void ReadLanguages_ListUnderHeading_IsOneRequiredGroup()
    {
        var p = One("Titre du poste : Animateur\nLangues :\nLes langues locales (Bambara, Dogon, Bozo, Tamachek)\n");

        var group = Assert.Single(p.Languages);
        Assert.Equal(["bambara", "dogon", "bozo", "tamasheq"], group.AnyOf.Select(k => k.Value));
        Assert.Equal(Necessity.Required, group.Necessity);
    }

    [Theory]
    [InlineData("Maîtrise courante du français")]
    [InlineData("Français et anglais courants")]
    [InlineData("Français et anglais : maîtrise courante exigée")]
    public void ReadLanguages_CourantAgreed_IsFluent(string line)
    {
        Assert.All(Profile(line).Languages, g => Assert.Equal(LanguageLevel.Fluent, g.MinLevel));
        Assert.NotEmpty(Profile(line).Languages);
    }

    [Fact]
    public void ReadLanguages_Courant_IsFluentWithModes()
    {
        var group = Assert.Single(Profile("Français courant (lu, parlé et écrit) indispensable").Languages);

        Assert.Equal(LanguageLevel.Fluent, group.MinLevel);
        Assert.Equal(LanguageModes.Read | LanguageModes.Spoken | LanguageModes.Written, group.Modes);
    }

    [Theory]
    [InlineData("Français (courant) et anglais (notions de base)", "french:Fluent", "english:Basic")]
    [InlineData("Français courant, anglais (notions)", "french:Fluent", "english:Basic")]
    [InlineData("Anglais (bon niveau) et français (langue maternelle)", "english:Good", "french:Native")]
    [InlineData("Français et anglais courants", "french:Fluent", "english:Fluent")]
    [InlineData("Maîtrise du français (excellent niveau) ; le bambara (notions) serait un plus", "french:Fluent", "bambara:Basic")]
    public void ReadLanguages_LevelInBracketAfterEachLanguage_IsThatLanguages(string line, string first, string second)
    {
        var groups = Profile(line).Languages;

        Assert.Equal([first, second], groups.Select(g => $"{Assert.Single(g.AnyOf).Value}:{g.MinLevel}"));
    }

    [Fact]
    public void ReadLanguages_BonAtoutInBracket_IsNotALevel()
    {
        var groups = Profile("Français (courant) ; anglais (serait un bon atout)").Languages;

        Assert.Equal(["french:Fluent:Required", "english::Preferred"], groups.Select(g => $"{Assert.Single(g.AnyOf).Value}:{g.MinLevel}:{g.Necessity}"));
    }

    [Fact]
    public void ReadLanguages_LocalBesideBracketedLevels_AsksNoLevel()
    {
        var groups = Profile("Français (courant), anglais (bon niveau) et bambara").Languages;

        Assert.Equal(["french:Fluent", "english:Good", "bambara:"], groups.Select(g => $"{Assert.Single(g.AnyOf).Value}:{g.MinLevel}"));
    }

    [Fact]
    public void ReadLanguages_OneGroupWithLevelsInBrackets_AsksTheMostLenient()
    {
        var group = Assert.Single(Profile("Français (courant) ou anglais (bon niveau) exigé").Languages);

        Assert.Equal(["french", "english"], group.AnyOf.Select(k => k.Value));
        Assert.Equal(LanguageLevel.Good, group.MinLevel);
        Assert.Equal(Necessity.Required, group.Necessity);
    }

    [Fact]
    public void ReadLanguages_UnknownNameInList_GivesDiagnostic()
    {
        var result = PostingParser.Parse("Titre du poste : Animateur\nLangues\n- Bambara, Samogo\n");

        Assert.Contains(result.Diagnostics, d => d.Code == ParseDiagnostic.UnknownLanguage && d.MessageFr.Contains("Samogo", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Avoir un permis de conduire", "B")]
    [InlineData("Savoir conduire une moto et avoir un permis de conduire", "A")]
    [InlineData("Être titulaire du permis A", "A")]
    [InlineData("Permis de conduire catégorie C", "C")]
    [InlineData("Permis de conduire à jour", "B")]
    public void ReadLicences_PermisWritten_ReadsCategory(string line, string category)
    {
        Assert.Equal(category, Assert.Single(Profile(line).Licences).Category.ToString());
    }

    [Theory]
    [InlineData("Titre du poste : Sage-femme (F)", Sex.Female)]
    [InlineData("Titre du poste : Chauffeur (H)", Sex.Male)]
    [InlineData("Titre du poste : Conseillère psychosociale (Femme)", Sex.Female)]
    public void ReadTitle_GenderMark_ReservesThePost(string text, Sex sex)
    {
        Assert.Equal(sex, One(text).ReservedTo);
    }

    [Theory]
    [InlineData("Titre du poste : Animateur (H/F)\nLes candidatures féminines sont fortement encouragées.")]
    [InlineData("Titre du poste : Animateur\nAccompagner les femmes enceintes et les femmes bénéficiaires.")]
    public void ReadReservedTo_OpenPost_IsNull(string text)
    {
        Assert.Null(One(text).ReservedTo);
    }

    [Fact]
    public void ReadReservedTo_PosteReserveAuxFemmes_IsFemale()
    {
        Assert.Equal(Sex.Female, One("Titre du poste : Animatrice\nCe poste est réservé aux femmes.").ReservedTo);
    }

    [Fact]
    public void ReadWomenEncouraged_CandidaturesFeminines_IsTrue()
    {
        Assert.True(One("Titre du poste : Animateur\nLes candidatures féminines sont vivement encouragées.").WomenEncouraged);
    }

    [Theory]
    [InlineData("Date limite : 20 février 2026 à 17h00", "2026-02-20")]
    [InlineData("Date limite d'envoi : 26 décembre 2025", "2025-12-26")]
    [InlineData("Postuler au plus tard le 29 Février 2024", "2024-02-29")]
    [InlineData("Date limite de dépôt : 16/06/2025", "2025-06-16")]
    [InlineData("Date limite : 1er mars 2026", "2026-03-01")]
    public void ReadDeadline_DateWritten_IsRead(string line, string iso)
    {
        Assert.Equal(iso, One("Titre du poste : Animateur\n" + line).Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Bamako, le 2 mars 2026\nTitre du poste : Animateur\nDate limite : 15 mars à 17h00", "2026-03-15")]
    [InlineData("Bamako, le 2 mars 2026\nTitre du poste : Animateur\nDate limite : le 16 mars, 17h00", "2026-03-16")]
    [InlineData("Titre du poste : Animateur\nPublié le 10 décembre 2025\nDate limite de dépôt : 5 janvier", "2026-01-05")]
    [InlineData("Titre du poste : Animateur\nPrise de fonction : 1er avril 2026\nLes dossiers sont reçus jusqu'au 27 mars.", "2026-03-27")]
    [InlineData("Titre du poste : Animateur\nDate de publication : 20/01/2026\nDéposer les dossiers au plus tard le 1er février à 12h", "2026-02-01")]
    [InlineData("Titre du poste : Animateur\nContrat du 1er avril 2026 au 31 mars 2027\nDate limite : 15 mars", "2026-03-15")]
    [InlineData("Titre du poste : Animateur\nConformément à la loi n°92-020 du 23 septembre 1992\nPublié le 2 mars 2026\nDate limite : 15 mars", "2026-03-15")]
    public void ReadDeadline_NoYear_TakesTheYearOfTheNoticesOtherDates(string text, string iso)
    {
        var result = PostingParser.Parse(text);

        Assert.Equal(iso, Assert.Single(result.Postings).Posting.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var note = Assert.Single(result.Diagnostics, d => d.Code == ParseDiagnostic.DateWithoutYear);
        Assert.Contains(iso, note.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDeadline_NoYearAndNoOtherDate_GivesDiagnosticAndNoDeadline()
    {
        var result = PostingParser.Parse("Titre du poste : Animateur\nDate limite : 15 mars\nLicence en sociologie");

        Assert.Null(Assert.Single(result.Postings).Posting.Deadline);
        Assert.Contains(result.Diagnostics, d => d.Code == ParseDiagnostic.DateWithoutYear && d.MessageFr.Contains("15 mars", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadDeadline_ImpossibleDate_GivesDiagnosticAndNoDeadline()
    {
        var result = PostingParser.Parse("Titre du poste : Animateur\nDate limite : 31 février 2026");

        Assert.Null(Assert.Single(result.Postings).Posting.Deadline);
        Assert.Contains(result.Diagnostics, d => d.Code == ParseDiagnostic.InvalidDate);
    }

    [Theory]
    [InlineData("Date de prise de fonction : Immédiate", null)]
    [InlineData("Date de début : dès que possible", null)]
    [InlineData("Date de début souhaitée : 01 Mars 2023", "2023-03-01")]
    public void ReadStart_StartWritten_IsRead(string line, string? iso)
    {
        var start = One("Titre du poste : Animateur\n" + line).Start;

        Assert.NotNull(start);
        Assert.Equal(iso ?? "immediate", start.Value.ToString());
    }

    [Theory]
    [InlineData("Type de contrat : CDD, 8 mois", ContractType.Cdd, 8.0)]
    [InlineData("Durée du contrat : un (01) an", null, 12.0)]
    [InlineData("Type du contrat : Temps plein, 12 mois renouvelable", null, 12.0)]
    [InlineData("Type de contrat : CDI", ContractType.Cdi, null)]
    [InlineData("Contrat : CDD de douze (12) mois", ContractType.Cdd, 12.0)]
    public void ReadContract_LabelWritten_ReadsTypeAndMonths(string line, ContractType? type, double? months)
    {
        var p = One("Titre du poste : Animateur\n" + line);

        Assert.Equal(type, p.ContractType);
        Assert.Equal(months, p.DurationMonths);
    }

    [Theory]
    [InlineData("Un (02) Assistants de projet (H/F)", 2, "Assistants de projet")]
    [InlineData("Titre du poste : Animatrice communautaire (03)", 3, "Animatrice communautaire")]
    [InlineData("Titre du poste : Comptable\nNombre de poste : 01", 1, "Comptable")]
    [InlineData("Titre du poste : Gardien\nNombre de postes à combler\t02 postes", 2, "Gardien")]
    [InlineData("Titre du poste : Infirmier(ère) (03 postes)", 3, "Infirmier(ère)")]
    [InlineData("Intitulé : Agents de saisie (10 places)", 10, "Agents de saisie")]
    public void ReadTitle_CountWritten_ReadsPositionsAndCleanTitle(string text, int positions, string title)
    {
        var p = One(text);

        Assert.Equal(positions, p.Positions);
        Assert.Equal(title, p.Title);
    }

    [Theory]
    [InlineData("Lieu d'affectation : Mopti et Bandiagara (Mali)", new[] { "Mopti", "Bandiagara" })]
    [InlineData("Ville, Pays : Bamako (1) Koulikoro (1) (République du Mali)", new[] { "Bamako", "Koulikoro" })]
    [InlineData("Lieu d'affectation :\n- Gao\n- Ménaka\n- Kidal", new[] { "Gao", "Ménaka", "Kidal" })]
    [InlineData("Le poste est basé à Sévaré.", new[] { "Sévaré" })]
    [InlineData("Lieu d'affectation : Région de Ségou (Markala, Niono)", new[] { "Markala", "Niono" })]
    [InlineData("Lieu d'affectation : Markala, Niono (région de Ségou)", new[] { "Markala", "Niono" })]
    [InlineData("Lieu d'affectation : cercle de Bourem (Bamba et Temera) et Gao", new[] { "Bamba", "Temera", "Gao" })]
    [InlineData("Lieu d'affectation : Kolondiéba (Sikasso)", new[] { "Kolondiéba" })]
    [InlineData("Lieu d'affectation : Région de Mopti (avec déplacements)", new[] { "Mopti" })]
    public void ReadLocations_PlacesWritten_AreListedAsWritten(string line, string[] places)
    {
        Assert.Equal(places, One("Titre du poste : Animateur\n" + line).Locations);
    }

    [Theory]
    [InlineData("AVIS DE RECRUTEMENT D'UN CHARGE DE PROTECTION DE\nL'ENFANCE\nLieu : Gao", "CHARGE DE PROTECTION DE L'ENFANCE")]
    [InlineData("AVIS DE RECRUTEMENT D'UN COORDINATEUR DES PROGRAMMES ET\nDES OPERATIONS\nLieu : Gao", "COORDINATEUR DES PROGRAMMES ET DES OPERATIONS")]
    [InlineData("AVIS DE RECRUTEMENT D'UN CHARGE DE PROTECTION DE L'ENFANCE\nLIEU : GAO", "CHARGE DE PROTECTION DE L'ENFANCE")]
    public void ReadTitle_CapitalsWrappedAfterAConnector_JoinsTheLines(string text, string title)
    {
        var p = One(text);

        Assert.Equal(title, p.Title);
        Assert.Equal("gao", Assert.Single(p.Locations), ignoreCase: true);
    }

    [Theory]
    [InlineData("AVIS DE RECRUTEMENT D'UN CHARGE DE SUIVI-EVALUATION\nLieu : Gao", "CHARGE DE SUIVI-EVALUATION")]
    [InlineData("Offre d'emploi : Comptable (H/F)\nLieu : Gao", "Comptable")]
    [InlineData("Appel à candidatures pour le poste de Logisticien\nLieu : Gao", "Logisticien")]
    public void ReadTitle_NoticeIntro_TitleFollowsIt(string text, string title)
    {
        Assert.Equal(title, One(text).Title);
    }

    [Fact]
    public void ReadOrganization_OngNamedBeforeRecrute_IsRead()
    {
        Assert.Equal("Tassaght", One("L'ONG Tassaght recrute un animateur\nLieu : Gao").Organization);
    }

    [Fact]
    public void ReadExperience_NumberUnderExperienceHeading_IsRead()
    {
        Assert.Equal(4, One("Titre du poste : Animateur\nExpérience professionnelle\n- Au moins 4 ans dans un poste similaire\n").Experience?.MinYears);
    }

    [Fact]
    public void ReadLocations_PlaceWithTravel_KeepsThePlace()
    {
        Assert.Equal(["Bamako"], One("Titre du poste : Animateur\nLieu d'affectation : Bamako avec des déplacements fréquents à Gao").Locations);
    }

    [Fact]
    public void ReadLocations_OfficeWhereToApply_IsNotADutyStation()
    {
        var p = One("Titre du poste : Animateur\nLieu d'affectation : Gao\nDéposer les dossiers au bureau de Bamako ou de Mopti.");

        Assert.Equal(["Gao"], p.Locations);
    }

    [Theory]
    [InlineData("Maîtrise de Word, Excel et Power Point", new[] { "word", "excel", "powerpoint" })]
    [InlineData("Bonne maîtrise de l'outil informatique (package Microsoft)", new[] { "office" })]
    [InlineData("Connaissance de Kobo, SPSS, Stata et DHIS2", new[] { "kobo", "spss", "stata", "dhis2" })]
    [InlineData("Maîtrise du pack Office et d'Internet", new[] { "office", "internet" })]
    public void ReadSkills_ToolsNamed_AreReadLowerCase(string line, string[] skills)
    {
        Assert.Equal(skills.Order(), Profile(line).Skills.Order());
    }

    [Fact]
    public void ReadSkills_WordAsEnglishWord_IsIgnored()
    {
        Assert.Empty(Profile("Give your word of honour").Skills);
    }

    [Theory]
    [InlineData("Être de nationalité malienne")]
    [InlineData("Ce poste national est ouvert aux candidats maliens")]
    public void ReadNationality_NationalPost_IsMalian(string line)
    {
        Assert.Equal("malienne", Profile(line).Nationality);
    }

    [Fact]
    public void ReadAreas_ConnaissanceDesZones_ListsThePlaces()
    {
        var areas = Profile("La connaissance des zones de Mopti et Bandiagara est exigée").AreasToKnow!;

        Assert.Equal(["Mopti", "Bandiagara"], areas.Areas);
        Assert.Equal(Necessity.Required, areas.Necessity);
    }

    [Fact]
    public void Parse_MultiPostNotice_SharesCommonParts()
    {
        var text = "ONG X recrute\nDate limite : 10 mars 2026\nTitre du poste 1 : Chauffeur\nLieu d'affectation : Gao\nTitre du poste 2 : Gardien (02)\nLieu d'affectation : Kidal\n";

        var postings = PostingParser.Parse(text).Postings.Select(p => p.Posting).ToList();

        Assert.Equal(["Chauffeur", "Gardien"], postings.Select(p => p.Title));
        Assert.All(postings, p => Assert.Equal(new DateOnly(2026, 3, 10), p.Deadline));
        Assert.Equal(["Kidal"], postings[1].Locations);
    }

    [Fact]
    public void Parse_HtmlEntities_SpansPointIntoTheOriginal()
    {
        var text = "<p><b>Lieu d&#39;affectation :</b> S&eacute;gou</p>";

        var posting = Assert.Single(PostingParser.Parse(text).Postings);

        Assert.Equal(["Ségou"], posting.Posting.Locations);
        var evidence = Assert.Single(posting.EvidenceFor(PostingField.Locations));
        Assert.Equal("S&eacute;gou", evidence.Text);
        Assert.Equal(evidence.Text, evidence.Span.Slice(text));
    }

    [Fact]
    public void Parse_WordSplitOverTwoLines_IsJoined()
    {
        Assert.Equal(["psychologie"], Profile("Licence en psycho-\nlogie").Education!.Fields);
    }
}
