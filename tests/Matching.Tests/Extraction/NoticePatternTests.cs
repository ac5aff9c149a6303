using Matching.Model;

namespace Matching.Tests.Extraction;

/// <summary>The ways of the French job notice read by one rule each: inline headings, titles inside sentences, offices, numbered posts.</summary>
public class NoticePatternTests
{
    private static Posting One(string text) => Assert.Single(PostingParser.Parse(text).Postings).Posting;

    // ---------- education ----------

    [Fact]
    public void ReadEducation_HeadingWithContentOnTheSameLine_IsRead()
    {
        var e = One("Titre du poste : Animateur\nProfil : Licence en travail social ou sociologie. Au moins deux ans d'expérience.").Education!;

        Assert.Equal(DiplomaLevel.Bac3, e.MinLevel);
        Assert.Equal(["travail social", "sociologie"], e.Fields);
    }

    [Theory]
    [InlineData("Licence en sociologie exigée.", "bac+3")]
    [InlineData("Master en santé publique.", "bac+5")]
    [InlineData("Bac+2 en comptabilité.", "bac+2")]
    public void ReadEducation_SentenceOpeningWithADiploma_IsRead(string sentence, string level)
    {
        var p = One("Titre du poste : Animateur\nNous attendons du candidat ce qui suit. " + sentence);

        Assert.Equal(level, p.Education?.MinLevel?.ToKey());
    }

    [Theory]
    [InlineData("Diplôme de niveau Master 2 en droit, sciences politiques", new[] { "droit", "sciences politiques" })]
    [InlineData("Bac+3 minimum en gestion, comptabilité ou finance", new[] { "gestion", "comptabilité", "finance" })]
    [InlineData("Licence en droit serait un atout", new[] { "droit" })]
    public void ReadEducation_LevelNumberAndMarkers_AreNotFields(string line, string[] fields)
    {
        Assert.Equal(fields, One("Titre du poste : Animateur\nProfil\n- " + line).Education!.Fields);
    }

    [Fact]
    public void ReadEducation_DiplomeUniversitaireOfAGivenLevel_TakesThatLevel()
    {
        var e = One("Titre du poste : Consultant\nQualifications\n- Diplôme universitaire de niveau Bac+5 minimum en hydraulique ou génie rural").Education!;

        Assert.Equal(DiplomaLevel.Bac5, e.MinLevel);
        Assert.Equal(["hydraulique", "génie rural"], e.Fields);
    }

    [Fact]
    public void ReadEducation_LevelWithoutDiscipline_TakesTheFieldsOfTheNextDiplomaLine()
    {
        var e = One("Titre du poste : Agent de crédit\nNiveau d'études :\tBac+2\nType de contrat : CDD\nProfil recherché\n- BTS ou DUT en banque, finance ou gestion").Education!;

        Assert.Equal(DiplomaLevel.Bac2, e.MinLevel);
        Assert.Equal(["banque", "finance", "gestion"], e.Fields);
    }

    // ---------- languages and licences ----------

    [Fact]
    public void ReadLanguages_BracketedListBeforeAMarker_SharesIt()
    {
        var langs = One("Titre du poste : Médecin\nProfil\n- La connaissance d'une langue locale (bambara, peulh, dogon) est un atout").Languages;

        var group = Assert.Single(langs);
        Assert.Equal(Necessity.Preferred, group.Necessity);
        Assert.Equal(3, group.AnyOf.Count);
    }

    [Fact]
    public void ReadLicences_TwoMarkersInOneSentence_TakesTheOneAfterThePermis()
    {
        var lic = Assert.Single(One("Titre du poste : Agent de crédit\nProfil\n- Permis A exigé et moto personnelle souhaitée").Licences);

        Assert.Equal(LicenceCategory.A, lic.Category);
        Assert.Equal(Necessity.Required, lic.Necessity);
    }

    // ---------- title ----------

    [Theory]
    [InlineData("ACTED MALI\nACTED recherche pour sa base de San une Superviseure des agents de santé (F)\nLieu : San", "Superviseure des agents de santé")]
    [InlineData("Dans ce cadre, l'ONG recrute un(e) Animateur(trice) Nutrition basé(e) à Koro.\nLieu : Koro", "Animateur(trice) Nutrition")]
    [InlineData("SOCIETE SAHEL TRANSIT SA\nLA SOCIETE SAHEL TRANSIT SA, CREEE EN 2004, RECRUTE UN COMPTABLE POUR SON SIEGE A BAMAKO.", "COMPTABLE")]
    [InlineData("Recrutement : Chargé de programme sécurité alimentaire (H/F)\nLieu : Gao", "Chargé de programme sécurité alimentaire")]
    [InlineData("TERMES DE REFERENCE\nRecrutement d'un consultant national pour l'évaluation finale du projet\nLieu : Kayes", "consultant national")]
    public void ReadTitle_TitleInsideARecruitingSentence_IsCutAtItsTail(string text, string title)
    {
        Assert.Equal(title, One(text).Title);
    }

    [Theory]
    [InlineData("Bonjour,\nIslamic Relief Mali recherche un(e) Gestionnaire de cas VBG pour son projet d'assistance aux survivantes de violences basées sur le genre à Mopti, dans le cadre de sa réponse humanitaire dans le centre du pays. Merci.", "Gestionnaire de cas VBG")]
    [InlineData("OFFRE DE STAGE\nEduco Mali, ONG de coopération présente au Mali depuis 2005, offre un stage professionnel de six (06) mois à un(e) jeune diplômé(e) au poste d'Assistant(e) Administratif(ve), basé(e) à Ségou.", "Assistant(e) Administratif(ve)")]
    public void ReadTitle_TitleInAParagraph_IsRead(string text, string title)
    {
        Assert.Equal(title, One(text).Title);
    }

    // ---------- organisation ----------

    [Theory]
    [InlineData("Objet : Avis de recrutement\nL'ONG Yéréko, créée en 1992, intervient à Koro.\nYéréko recrute un animateur.", "Yéréko")]
    [InlineData("COMPTABLE\nLA SOCIETE SAHEL TRANSIT SA, ENTREPRISE DE TRANSPORT, RECRUTE UN COMPTABLE.", "SAHEL TRANSIT SA")]
    [InlineData("Agent de crédit H/F\nCaisse Sahel Epargne et Crédit (CSEC)\nKoutiala, Mali", "CSEC")]
    [InlineData("OFFRE DE STAGE\nEduco Mali, ONG de coopération, offre un stage au poste d'Assistant.", "Educo")]
    public void ReadOrganization_NameGivenWithItsKindOrAcronym_IsRead(string text, string organization)
    {
        Assert.Equal(organization, One(text).Organization);
    }

    [Fact]
    public void ReadOrganization_FoundationFundingTheProject_IsNotTheEmployer()
    {
        Assert.Equal("INTERSOS", One("Titre du poste : Animateur\nAvec l'appui de la Fondation SV, INTERSOS met en oeuvre un projet.\nINTERSOS au Mali").Organization);
    }

    // ---------- places, contract ----------

    [Theory]
    [InlineData("Aide et Action Mali recrute pour son bureau de Kayes un chauffeur.", "Kayes")]
    [InlineData("LA SOCIETE X RECRUTE UN COMPTABLE POUR SON SIEGE A BAMAKO.", "BAMAKO")]
    public void ReadLocations_OfficeThePostIsFor_IsTheDutyStation(string text, string place)
    {
        Assert.Equal([place], One(text).Locations);
    }

    [Fact]
    public void ReadContract_TrialPeriod_IsNotTheDuration()
    {
        var p = One("Titre du poste : Comptable\nNature du contrat : CDI après une période d'essai de trois (03) mois.");

        Assert.Equal(ContractType.Cdi, p.ContractType);
        Assert.Null(p.DurationMonths);
    }

    [Fact]
    public void ReadContract_StageOffered_GivesTypeAndMonths()
    {
        var p = One("OFFRE DE STAGE\nL'ONG offre un stage professionnel de six (06) mois au poste d'Assistant comptable.\nConditions :\n- Un premier stage serait un atout");

        Assert.Equal(ContractType.Stage, p.ContractType);
        Assert.Equal(6, p.DurationMonths);
    }

    // ---------- several posts ----------

    [Fact]
    public void Parse_PostsNumberedWithTheirCount_AreSeparatePostings()
    {
        var text = "Aide et Action Mali recrute pour son bureau de Kayes les postes suivants :\n\n1. Un (01) Chauffeur (H)\n- Avoir au moins cinq (5) ans d'expérience\n\n2. Deux (02) Gardiens\n- Niveau CAP ou DEF\n\nDate limite : 16 février 2026";

        var postings = PostingParser.Parse(text).Postings.Select(p => p.Posting).ToList();

        Assert.Equal(2, postings.Count);
        Assert.Equal(("Chauffeur", 1, Sex.Male), (postings[0].Title, postings[0].Positions, postings[0].ReservedTo!.Value));
        Assert.Equal(("Gardiens", 2), (postings[1].Title, postings[1].Positions));
        Assert.Null(postings[0].Education);
        Assert.Equal(new DateOnly(2026, 2, 16), postings[0].Deadline);
        Assert.Equal(["Kayes"], postings[1].Locations);
    }

    [Fact]
    public void Parse_NumberedRequirementsWithoutCounts_StayOnePosting()
    {
        var text = "Titre du poste : Animateur\nProfil\n1. Un (01) an d'expérience en animation\n2. Deux (02) références professionnelles\n3. Parler le bambara";

        Assert.Single(PostingParser.Parse(text).Postings);
    }

    // ---------- layouts ----------

    [Fact]
    public void Parse_MarkdownTable_CellsAreLabelsAndValues()
    {
        var p = One("| Poste | Chargé(e) des ressources humaines |\n|---|---|\n| Lieu | Mopti (avec déplacements à Sévaré) |\n| Contrat | CDD de 12 mois |");

        Assert.Equal("Chargé(e) des ressources humaines", p.Title);
        Assert.Equal(["Mopti"], p.Locations);
        Assert.Equal(12, p.DurationMonths);
    }

    [Fact]
    public void ReadTitle_ForwardedMailHeaders_AreSkipped()
    {
        var p = One("---------- Message transféré ---------\nDe : RH NRC Mali\nDate : lun. 9 févr. 2026 à 10:12\n> Le Conseil Norvégien pour les Réfugiés (NRC) recrute un(e) Logisticien(ne)\n> pour son bureau de Tombouctou.");

        Assert.Equal("Logisticien(ne)", p.Title);
        Assert.Equal(["Tombouctou"], p.Locations);
        Assert.Equal("NRC", p.Organization);
    }

    [Fact]
    public void ReadTitle_ChercheInAMessage_IsRead()
    {
        var p = One("URGENT URGENT\nUne ONG internationale basée à Ségou cherche un comptable. Conditions: avoir au moins le BTS en comptabilité, 2 ans d'expérience minimum, maîtriser Excel et le logiciel TOMPRO. Envoyer CV avant le 5 mars 2026.");

        Assert.Equal("comptable", p.Title);
        Assert.Equal(DiplomaLevel.Bac2, p.Education?.MinLevel);
        Assert.Equal(["comptabilité"], p.Education!.Fields);
    }

    [Fact]
    public void ReadTitle_RecruitmentOfInAParagraph_GivesTitleAndCount()
    {
        var p = One("Appel à candidatures\nLa Croix-Rouge malienne, dans le cadre du projet de riposte aux épidémies dans le cercle de Kati (projet de 18 mois), lance un appel à candidatures pour le recrutement de vingt (20) volontaires communautaires.\nLieu : Kati");

        Assert.Equal("volontaires communautaires", p.Title);
        Assert.Equal(20, p.Positions);
        Assert.Equal(ContractType.Volontariat, p.ContractType);
    }

    // ---------- organisation written in capitals or with its expansion ----------

    [Theory]
    [InlineData("CENTRE DE SANTE COMMUNAUTAIRE (CSCOM) DE BANCONI\nLE CSCOM DE BANCONI RECRUTE UNE (01) SAGE-FEMME.", "CSCOM DE BANCONI", "SAGE-FEMME")]
    [InlineData("Le GRAT (Groupe de Recherche et d'Applications Techniques) recrute trois conseillers.\nIntitulé du poste : Conseiller agricole", "GRAT", "Conseiller agricole")]
    [InlineData("IEDA Relief recrute\nTitre du poste : Chef de projet", "IEDA Relief", "Chef de projet")]
    [InlineData("ACTED Mali recrute\nTitre du poste : Chef de projet", "ACTED", "Chef de projet")]
    public void ReadOrganization_NameBeforeTheVerb_IsRead(string text, string organization, string title)
    {
        var p = One(text);

        Assert.Equal((organization, title), (p.Organization, p.Title));
    }

    // ---------- requirements ----------

    [Fact]
    public void ReadEducation_TitulaireOfADiplomaWithoutLevel_IsRequiredWithoutLevel()
    {
        var e = One("Titre du poste : Sage-femme\nCONDITIONS :\n- ETRE TITULAIRE DU DIPLOME D'ETAT DE SAGE-FEMME").Education!;

        Assert.Null(e.MinLevel);
        Assert.Equal(["sage-femme"], e.Fields);
    }

    [Fact]
    public void ReadEducation_FieldsAfterDomainesSuivants_AreRead()
    {
        var e = One("Titre du poste : Conseiller\nProfil\n- Niveau Bac + 2 au minimum dans les domaines suivants : agriculture, élevage, environnement").Education!;

        Assert.Equal(["agriculture", "élevage", "environnement"], e.Fields);
    }

    [Fact]
    public void ReadLanguages_LocalLanguageAsAlternativeOfFrench_IsOneGroup()
    {
        var group = Assert.Single(One("Titre du poste : Volontaire\nCritères :\n- Savoir lire et écrire en français ou en bambara").Languages);

        Assert.Equal(2, group.AnyOf.Count);
    }

    [Fact]
    public void ReadLocations_PlacesSeparatedBySemicolons_AreAllRead()
    {
        Assert.Equal(["Tominian", "Mandiakuy", "Fangasso"], One("Titre du poste : Conseiller\nLieux d'affectation : Tominian ; Mandiakuy ; Fangasso").Locations);
    }

    [Theory]
    [InlineData("Le poste est ouvert aux hommes et aux femmes.")]
    [InlineData("Le poste est ouvert aux femmes comme aux hommes.")]
    public void ReadReservedTo_OpenToBothSexes_IsNull(string sentence)
    {
        Assert.Null(One("Titre du poste : Conseiller\n" + sentence).ReservedTo);
    }

    [Fact]
    public void ReadDeadline_Jusquau_IsRead()
    {
        Assert.Equal(new DateOnly(2026, 3, 27), One("Titre du poste : Volontaire\nLes candidatures sont reçues jusqu'au 27 mars 2026.").Deadline);
    }

    [Theory]
    [InlineData("Type de contrat : CDD jusqu'au 31 décembre 2026.")]
    [InlineData("Période d'affichage : du 12 jusqu'au 19 juin 2026.")]
    public void ReadDeadline_JusquauOfAContractOrAPublication_IsNoDeadline(string line)
    {
        Assert.Null(One("Titre du poste : Volontaire\n" + line).Deadline);
    }

    [Fact]
    public void ReadTitle_RecruitmentOfWorkersInATask_IsNoTitle()
    {
        var p = One("Le titulaire devra participer au recrutement de travailleurs de proximité et de volontaires, renforcer les capacités sur les principes et normes de protection fondamentales et fournir des commentaires sur les performances du personnel.\nChef de projet\nLieu : Gao");

        Assert.Equal("Chef de projet", p.Title);
    }

    [Fact]
    public void Parse_TitleLabelRepeatedWithAnotherTitle_OpensTheNextPost()
    {
        var text = "IEDA Relief recrute\n\nTitre du poste : Chef de projet\nLieu d'affectation : Gao\nQualifications : Master en sciences de l'éducation\n\nTitre du poste : Animateur\nLieu d'affectation : Ansongo\nQualifications : Bac + 2 en sciences de l'éducation\n\nDate limite : 18 mars 2026.";

        var postings = PostingParser.Parse(text).Postings.Select(p => p.Posting).ToList();

        Assert.Equal(["Chef de projet", "Animateur"], postings.Select(p => p.Title));
        Assert.Equal(["Ansongo"], postings[1].Locations);
        Assert.Equal(new DateOnly(2026, 3, 18), postings[0].Deadline);
    }

    [Fact]
    public void Parse_TitleLabelRepeatedWithTheSameTitle_StaysOnePosting()
    {
        var text = "Titre du poste : Chef de projet (H/F)\nLieu : Gao\nDescription\nLe chef de projet dirige l'équipe.\nTitre du poste : Chef de projet\nProfil\n- Master en sociologie";

        Assert.Single(PostingParser.Parse(text).Postings);
    }

    // ---------- places, sex, dates ----------

    [Fact]
    public void ReadLocations_KindOfAreaBeforeTheName_IsDropped()
    {
        Assert.Equal(["Bourem", "Ansongo"], One("Titre du poste : Agente\nLieux d'affectation : Cercles de Bourem et Ansongo (Région de Gao)").Locations);
    }

    [Fact]
    public void ReadLocations_NoticeWithoutCapitals_ReadsThePlace()
    {
        Assert.Equal(["kayes"], One("avis de recrutement\nl ong plan international mali recrute un assistant logistique pour son bureau de kayes").Locations);
    }

    [Fact]
    public void ReadLocations_PlacesAfterTheTitle_AreTheDutyStations()
    {
        var text = "ONG X recrute :\nPoste 1 : Coordinateur de projet – Mopti\n- Master en sociologie\nPoste 2 : Animateurs (06) – Bandiagara, Bankass, Koro\n- Niveau BT\n";

        var postings = PostingParser.Parse(text).Postings.Select(p => p.Posting).ToList();

        Assert.Equal("Coordinateur de projet", postings[0].Title);
        Assert.Equal(["Mopti"], postings[0].Locations);
        Assert.Equal("Animateurs", postings[1].Title);
        Assert.Equal(["Bandiagara", "Bankass", "Koro"], postings[1].Locations);
    }

    [Fact]
    public void ReadTitle_DashBeforeWordsThatAreNoPlaces_IsKept()
    {
        Assert.Equal("Chargé de projet - Eau Hygiène Assainissement", One("Titre du poste : Chargé de projet - Eau Hygiène Assainissement").Title);
    }

    [Theory]
    [InlineData("Seules les candidatures féminines seront acceptées.")]
    [InlineData("Le poste est réservé aux candidats de sexe féminin.")]
    public void ReadReservedTo_OnlyWomenAccepted_IsFemale(string sentence)
    {
        Assert.Equal(Sex.Female, One("Titre du poste : Agente\n" + sentence).ReservedTo);
    }

    [Fact]
    public void ReadWomenEncouraged_EncouragedToApplyAsWellAsWomen_IsTrue()
    {
        Assert.True(One("Titre du poste : Consultant\nLes consultants nationaux sont encouragés à postuler, ainsi que les femmes.").WomenEncouraged);
    }

    [Theory]
    [InlineData("Date limite : 20/03/26", 2026, 3, 20)]
    [InlineData("Les candidatures doivent parvenir le 30 avril 2026 au plus tard.", 2026, 4, 30)]
    public void ReadDeadline_ShortYearOrMarkerAfterTheDate_IsRead(string line, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), One("Titre du poste : Technicien\n" + line).Deadline);
    }

    // ---------- organisation, languages, experience ----------

    [Theory]
    [InlineData("Sahel Solaire SARL recrute un technicien", "Sahel Solaire SARL")]
    [InlineData("Le Centre Régional pour l'Eau Potable (CREPA) recrute un ingénieur", "CREPA")]
    public void ReadOrganization_LegalFormOrAcronymInBrackets_IsRead(string sentence, string organization)
    {
        Assert.Equal(organization, One(sentence + "\nLieu : Ségou").Organization);
    }

    [Fact]
    public void ReadLanguages_BracketedChoiceAfterUneLangue_IsOneGroupBesideFrench()
    {
        var langs = One("Titre du poste : Agente\nProfil\n- Maîtrise du français et d'au moins une langue locale de la zone (Sonrhaï, Tamasheq, Arabe)").Languages;

        Assert.Equal(2, langs.Count);
        Assert.Contains(langs, g => g.AnyOf.Select(k => k.Value).SequenceEqual(["french"]));
        Assert.Contains(langs, g => g.AnyOf.Select(k => k.Value).SequenceEqual(["songhay", "tamasheq", "arabic"]));
        Assert.All(langs, g => Assert.Equal(Necessity.Required, g.Necessity));
    }

    [Fact]
    public void ReadExperience_MisspelledExperience_IsRead()
    {
        Assert.Equal(2, One("Titre du poste : Assistant\nProfil\n- 2 ans d experiance minimum").Experience?.MinYears);
    }

    [Fact]
    public void Parse_PartForAllPostsAfterTheLast_IsShared()
    {
        var text = "ONG X recrute :\nPoste 1 : Coordinateur\n- Master en sociologie\nPoste 2 : Animateur\n- Niveau BT\nPour tous les postes :\n- Parler couramment le dogon\nDate limite : 9 mars 2026";

        var postings = PostingParser.Parse(text).Postings.Select(p => p.Posting).ToList();

        Assert.Equal(2, postings.Count);
        Assert.All(postings, p => Assert.Equal(["dogon"], Assert.Single(p.Languages).AnyOf.Select(k => k.Value)));
    }

    // ---------- wrapped lines, spelled-out names, offices ----------

    [Fact]
    public void Parse_LineWrappedInsideASentence_IsJoined()
    {
        var p = One("Médecins Sans Frontières (MSF) recherche un(e) Superviseur(e) des activités\nde santé communautaire pour son projet de Koutiala.\nProfil :\n- Au moins trois (03) années d'expérience en santé\ncommunautaire, dont une année avec MSF serait un atout");

        Assert.Equal("Superviseur(e) des activités de santé communautaire", p.Title);
        Assert.Equal(["Koutiala"], p.Locations);
        Assert.Equal(3, p.Experience?.MinYears);
        Assert.Equal(Necessity.Required, p.Experience?.Necessity);
    }

    [Fact]
    public void Parse_ShortLinesInLowerCase_AreNotJoined()
    {
        var p = One("Titre du poste : Animateur\nLangues\nfrançais\nbambara");

        Assert.Equal(2, p.Languages.Count);
    }

    [Fact]
    public void ReadLocations_ProjectNamedAfterAThemeNotAPlace_IsNoDutyStation()
    {
        Assert.Empty(One("Le GRAT recrute un animateur pour son projet de Résilience Communautaire.").Locations);
    }

    [Fact]
    public void ReadTitle_KnownOrganisationSpelledOutWithItsAcronym_IsSkipped()
    {
        var p = One("PROGRAMME ALIMENTAIRE MONDIAL (PAM) – BUREAU PAYS DU MALI\n\nAvis de recrutement de deux (02) chauffeurs poids lourds\n\nLieu d'affectation : Sous-bureau de Mopti");

        Assert.Equal("chauffeurs poids lourds", p.Title);
        Assert.Equal(2, p.Positions);
        Assert.Equal(["Mopti"], p.Locations);
        Assert.Equal("PAM", p.Organization);
    }

    [Fact]
    public void ReadEducation_MaitriseOfALanguage_IsNoDiploma()
    {
        Assert.Null(One("Titre du poste : Animateur\nProfil\n- Maîtrise du français et du bambara").Education);
    }

    [Fact]
    public void ReadEducation_FieldsInARunOnProfile_EndWhereTheExperienceBegins()
    {
        var e = One("Poste : Superviseur\nProfil recherché : Technicien supérieur en génie civil ou BTS en bâtiment, cinq (05) ans d'expérience dans le suivi de chantiers.").Education!;

        Assert.Equal(["génie civil", "bâtiment"], e.Fields);
    }

    [Fact]
    public void ReadOrganization_OnuFemmes_IsKnown()
    {
        Assert.Equal("ONU Femmes", One("ONU Femmes Mali – Offre de volontariat national\nIntitulé : Volontaire national").Organization);
    }

    // ---------- letters, plural marks, organisations heading the notice ----------

    [Fact]
    public void ReadTitle_SubjectOfALetter_IsRead()
    {
        Assert.Equal("superviseur(e) de la distribution", One("Objet : Recrutement d'un(e) superviseur(e) de la distribution\n\nMadame, Monsieur,\n\nNous vous prions de diffuser.").Title);
    }

    [Fact]
    public void ReadTitle_Salutation_IsSkipped()
    {
        Assert.Equal("superviseur(e) de la distribution", One("Madame, Monsieur,\nL'association AMAPROS recrute un(e) superviseur(e) de la distribution basé(e) à Ménaka.").Title);
    }

    [Fact]
    public void ReadTitle_CountInWordsAfterTheVerb_GivesPositionsAndIsCutAtItsPurpose()
    {
        var p = One("REACH recrute dix (10) enquêteurs/enquêtrices pour une évaluation multisectorielle à Kidal.");

        Assert.Equal(("enquêteurs/enquêtrices", 10), (p.Title, p.Positions!.Value));
    }

    [Fact]
    public void ReadLanguages_LanguesSuivantesList_IsOneGroup()
    {
        var group = Assert.Single(One("Titre du poste : Superviseur\nProfil\n- Parler au moins deux des langues suivantes : tamasheq, sonrhaï, arabe").Languages);

        Assert.Equal(3, group.AnyOf.Count);
    }

    [Fact]
    public void ReadOrganization_LineInCapitalsNamingAnAssociation_IsTheOrganisation()
    {
        var p = One("ASSOCIATION AL FAROUK POUR LE DEVELOPPEMENT\nAvis de recrutement N°02/2026\nSuperviseur des écoles coraniques\nLieu : Tombouctou");

        Assert.Equal("ASSOCIATION AL FAROUK POUR LE DEVELOPPEMENT", p.Organization);
        Assert.Equal("Superviseur des écoles coraniques", p.Title);
    }

    [Fact]
    public void ReadEducation_TwoLevelsWithASlash_FieldsFollow()
    {
        var e = One("Titre du poste : Superviseur\nQualifications requises :\nBac + 4/5 en sciences de l'éducation, lettres arabes ou études islamiques.").Education!;

        Assert.Equal(DiplomaLevel.Bac4, e.MinLevel);
        Assert.Equal(["sciences de l'éducation", "lettres arabes", "études islamiques"], e.Fields);
    }

    [Fact]
    public void Parse_LabelsWithPluralMarks_AreRead()
    {
        var p = One("Offre d'emploi : Chargé(e) de communication\nEntreprise : Djiguiya Microfinance SA\nNombre de poste(s) : 1\nLangue(s) : Français, Anglais\nProfil\n- Maîtrise de Photoshop");

        Assert.Equal("Djiguiya Microfinance SA", p.Organization);
        Assert.Equal(1, p.Positions);
        Assert.Equal(2, p.Languages.Count);
        Assert.Equal(["photoshop"], p.Skills);
    }

    // ---------- job boards, roman numerals, diploma levels ----------

    [Fact]
    public void Parse_JobBoardCopy_ReadsTitleMarkCompanyAndExpiry()
    {
        var p = One("Ingénieur Agronome H/F\nSahel Agro Services\nPubliée le 12/02/2026 | Expire le 28/02/2026\nDescription du poste\nSahel Agro Services, entreprise de conseil agricole créée en 2009, recherche un Ingénieur Agronome.");

        Assert.Equal("Ingénieur Agronome", p.Title);
        Assert.Equal("Sahel Agro Services", p.Organization);
        Assert.Equal(new DateOnly(2026, 2, 28), p.Deadline);
    }

    [Fact]
    public void Parse_PostsNumberedInRomanNumerals_AreSeparatePostings()
    {
        var text = "Le CICR recrute pour sa sous-délégation de Gao :\n\nI. UN (01) AGENT DE TERRAIN PROTECTION\n- Deux (2) ans d'expérience\n\nII. DEUX (02) CHAUFFEURS\n- Permis de conduire catégorie B et C valides\n";

        var postings = PostingParser.Parse(text).Postings.Select(p => p.Posting).ToList();

        Assert.Equal(["AGENT DE TERRAIN PROTECTION", "CHAUFFEURS"], postings.Select(p => p.Title));
        Assert.Equal([1, 2], postings.Select(p => p.Positions!.Value));
        Assert.Empty(postings[0].Licences);
        Assert.Equal(["Gao"], postings[1].Locations);
    }

    [Theory]
    [InlineData("Être titulaire au minimum d'un Master 1 en agronomie", "bac+4", new[] { "agronomie" })]
    [InlineData("Licence professionnelle ou Master 1 en statistique, économie ou planification", "bac+3", new[] { "statistique", "économie", "planification" })]
    public void ReadEducation_MasterOneAndLicencePro_AreReadWithTheirFields(string line, string level, string[] fields)
    {
        var e = One("Titre du poste : Assistant\nQualifications\n- " + line).Education!;

        Assert.Equal(level, e.MinLevel?.ToKey());
        Assert.Equal(fields, e.Fields);
    }

    // ---------- notices in English, organisations spelled out in the context ----------

    [Fact]
    public void Parse_EnglishVacancyAnnouncement_ReadsTitleContractAndAssets()
    {
        var p = One("Vacancy Announcement – Protection Officer (National Position)\n\nOrganization: Danish Refugee Council (DRC)\nContract: Fixed-term, 12 months\nQualifications\n- Valid driving licence is an advantage");

        Assert.Equal("Protection Officer", p.Title);
        Assert.Equal((ContractType.Cdd, 12.0), (p.ContractType!.Value, p.DurationMonths!.Value));
        Assert.Equal(Necessity.Preferred, Assert.Single(p.Licences).Necessity);
    }

    [Fact]
    public void ReadOrganization_AssociationSpelledOutWithItsAcronym_IsTheAcronym()
    {
        var p = One("Présentation de l'organisation\nFondée en 1998, l'Association pour la Promotion des Initiatives Locales (APIL) est une ONG malienne qui recherche des solutions durables.\nIntitulé du poste : Animateur");

        Assert.Equal("APIL", p.Organization);
    }

    // ---------- titles with commas, project lengths, shared parts on one line ----------

    [Fact]
    public void ReadTitle_CommasBetweenCapitalisedWords_StayInTheTitle()
    {
        var p = One("Dans le cadre de la mise en œuvre du Projet d'Appui à la Résilience des Communautés (PARC), financé par l'USAID pour une durée de cinq ans, Catholic Relief Services recrute un(e) Chargé(e) de Suivi, Evaluation, Redevabilité et Apprentissage (MEAL) pour son bureau de Mopti.");

        Assert.Equal("Chargé(e) de Suivi, Evaluation, Redevabilité et Apprentissage (MEAL)", p.Title);
        Assert.Null(p.DurationMonths);
        Assert.Equal(["Mopti"], p.Locations);
    }

    [Fact]
    public void Parse_PostNumberAloneAndSharedPartOnOneLine_AreRead()
    {
        var text = "CARE recrute\n\nPOSTE N°1\nResponsable financier\n- Master en finance\n\nPOSTE N°2\nAssistant administratif\n- BTS en gestion\n\nPour les deux postes : excellente maîtrise du français ; la connaissance du bambara est un atout.";

        var postings = PostingParser.Parse(text).Postings.Select(p => p.Posting).ToList();

        Assert.Equal(["Responsable financier", "Assistant administratif"], postings.Select(p => p.Title));
        Assert.All(postings, p => Assert.Equal(2, p.Languages.Count));
    }

    [Theory]
    [InlineData("Master en santé publique/nutrition", new[] { "santé publique", "nutrition" })]
    [InlineData("Master en génie civil/rural", new[] { "génie civil", "génie rural" })]
    public void ReadEducation_SlashBetweenFields_SharesTheNounOnlyWithAnAdjective(string line, string[] fields)
    {
        Assert.Equal(fields, One("Titre du poste : Chargé de projet\nQualifications\n- " + line).Education!.Fields);
    }

    // ---------- partners, mixed-case acronyms, more deadline labels ----------

    [Fact]
    public void ReadOrganization_PartnerNamedInTheRecruitingSentence_IsNotTheEmployer()
    {
        var p = One("Le Centre de Santé de Référence (CSRéf) de Kati, en partenariat avec l'ONG Santé Sud, recrute un(e) infirmier(ère) pour son unité de nutrition.\nClôture des candidatures : 12 mars 2026\nLes candidatures féminines sont particulièrement recherchées.");

        Assert.Equal("CSRéf", p.Organization);
        Assert.Equal(new DateOnly(2026, 3, 12), p.Deadline);
        Assert.True(p.WomenEncouraged);
    }

    [Fact]
    public void ReadDeadline_DelaiLabel_IsRead()
    {
        Assert.Equal(new DateOnly(2026, 3, 20), One("Poste : Conseiller\nDélai : 2026-03-20").Deadline);
    }

    [Fact]
    public void ReadEducation_DiplomaWordsBeforeAField_AreStripped()
    {
        var e = One("Titre du poste : Infirmier\nConditions\n- Être titulaire d'un diplôme de Technicien Supérieur de Santé ou d'un diplôme d'Infirmier d'Etat").Education!;

        Assert.Equal(DiplomaLevel.Bac2, e.MinLevel);
        Assert.Equal(["santé", "infirmier d'etat"], e.Fields);
    }

    [Fact]
    public void ReadOrganization_AcronymOfAKnownNameBeforeTheVerb_GivesTheKnownName()
    {
        Assert.Equal("Save the Children", One("Save the Children International (SCI) travaille au Mali depuis 1986. SCI recherche un(e) Chargé(e) de Protection pour sa base de Douentza.").Organization);
    }

    [Fact]
    public void Parse_BoldCapitalsWithPlaceAndPriseDePoste_AreRead()
    {
        var p = One("**ACTION CONTRE LA FAIM – MALI**\n\n**RESPONSABLE DE BASE – KITA**\n\n**Conditions** : CDD de 12 mois, prise de poste immédiate.");

        Assert.Equal(("RESPONSABLE DE BASE", "ACF"), (p.Title, p.Organization));
        Assert.Equal(["KITA"], p.Locations);
        Assert.Equal(StartDate.Immediate, p.Start);
    }

    [Fact]
    public void ReadOrganization_ShortKnownNameBeforeAuMali_IsRead()
    {
        Assert.Equal("Oxfam", One("Oxfam au Mali\nAvis de vacance de poste\nPoste : Assistant de programme").Organization);
    }

    // ---------- notices written in capitals ----------

    [Theory]
    [InlineData("L'ONG TASSAGHT RECRUTE UN COORDINATEUR DE PROJET.", "TASSAGHT")]
    [InlineData("LE CENTRE RÉGIONAL POUR L'EAU POTABLE ET L'ASSAINISSEMENT (CREPA) RECRUTE UN(E) INGÉNIEUR(E).", "CREPA")]
    [InlineData("SAVE THE CHILDREN INTERNATIONAL (SCI) TRAVAILLE AU MALI. SCI RECHERCHE UN(E) CHARGÉ(E) DE PROTECTION.", "Save the Children")]
    [InlineData("SAHEL AGRO SERVICES, ENTREPRISE DE CONSEIL AGRICOLE, RECHERCHE UN INGÉNIEUR AGRONOME.", "SAHEL AGRO SERVICES")]
    public void ReadOrganization_NoticeInCapitals_IsRead(string text, string organization)
    {
        Assert.Equal(organization, One(text + "\nLIEU : GAO").Organization);
    }

    [Theory]
    [InlineData("PROFIL RECHERCHÉ\n- MASTER EN SOCIOLOGIE")]
    [InlineData("LE GRAT (GROUPE DE RECHERCHE ET D'APPLICATIONS TECHNIQUES) INTERVIENT À SAN.")]
    [InlineData("UNE ONG INTERNATIONALE BASÉE À SÉGOU CHERCHE UN COMPTABLE.")]
    public void ReadOrganization_CapitalisedWordsThatAreNoName_AreNotRead(string text)
    {
        Assert.Null(One("TITRE DU POSTE : COMPTABLE\n" + text).Organization);
    }

    [Fact]
    public void ReadLocations_PlaceInCapitals_EndsBeforeTheNextWord()
    {
        Assert.Equal(["SÉGOU"], One("URGENT\nUNE ONG INTERNATIONALE BASÉE À SÉGOU CHERCHE UN COMPTABLE.").Locations);
    }

    [Fact]
    public void ReadEducation_AvoirUneLicenceWithoutHeading_IsRead()
    {
        var e = One("Titre du poste : Animateur\nLe candidat devra avoir une licence en sociologie ou en travail social.").Education!;

        Assert.Equal(DiplomaLevel.Bac3, e.MinLevel);
        Assert.Equal(["sociologie", "travail social"], e.Fields);
    }

    [Fact]
    public void ReadEducation_DrivingLicence_IsNoDiploma()
    {
        Assert.Null(One("Title: Driver\nA valid driving licence is required.").Education);
    }

    // ---------- titles after a prefix, requirements that are no title, dashed dates ----------

    [Theory]
    [InlineData("URGENT : RECRUTEMENT D'UN CHAUFFEUR\nLieu : Gao\n- Avoir (05) cinq années d'expérience", "CHAUFFEUR")]
    [InlineData("COMMUNIQUE - AVIS DE RECRUTEMENT DE DEUX (02) GARDIENS\nLieu : Gao", "GARDIENS")]
    [InlineData("ON RECRUTE !\nRejoignez notre équipe\nAssistant comptable\nLieu : Bamako", "Assistant comptable")]
    public void ReadTitle_AfterAPrefixOrASlogan_IsRead(string text, string title)
    {
        Assert.Equal(title, One(text).Title);
    }

    [Fact]
    public void ReadTitle_RequirementLine_IsNoTitle()
    {
        Assert.Equal("", One("Lieu : Gao\n- Avoir (05) cinq années d'expérience\n- Parler le bambara").Title);
    }

    [Fact]
    public void ReadDeadline_DateWithDashesAndMonthName_IsRead()
    {
        Assert.Equal(new DateOnly(2026, 3, 15), One("Titre du poste : Agent\nDate limite : 15-mars-2026").Deadline);
    }

    // ---------- licences, women-only and nationality wordings ----------

    [Theory]
    [InlineData("Titulaire d'un permis moto", new[] { LicenceCategory.A })]
    [InlineData("Être capable de conduire une moto et un véhicule 4x4", new[] { LicenceCategory.A, LicenceCategory.B })]
    public void ReadLicences_MotoOrCarNamed_GivesTheCategories(string line, LicenceCategory[] categories)
    {
        Assert.Equal(categories, One("Titre du poste : Agent\nProfil\n- " + line).Licences.Select(l => l.Category));
    }

    [Theory]
    [InlineData("Seules les femmes peuvent postuler.")]
    [InlineData("Ce recrutement s'adresse exclusivement aux femmes.")]
    public void ReadReservedTo_OnlyWomenMayApply_IsFemale(string sentence)
    {
        Assert.Equal(Sex.Female, One("Titre du poste : Agent\n" + sentence).ReservedTo);
    }

    [Fact]
    public void ReadNationality_RessortissantsMaliens_IsMalian()
    {
        Assert.Equal("malienne", One("Titre du poste : Agent\nOuvert aux ressortissants maliens uniquement.").Nationality);
    }

    [Fact]
    public void ReadOrganization_ContractSpelledOutWithItsAcronym_IsNoOrganisation()
    {
        Assert.Null(One("Titre du poste : Agent\nContrat à durée indéterminée (CDI)").Organization);
    }

    // ---------- more education and experience wordings ----------

    [Theory]
    [InlineData("Diplôme requis : Licence (BAC+3) ou équivalent en Sciences de l'Education", "bac+3", new[] { "sciences de l'education" })]
    [InlineData("Avoir le DEF au minimum et savoir lire et écrire en français.", "def", new string[0])]
    public void ReadEducation_EquivalentAndFollowingRequirement_AreNoFields(string line, string level, string[] fields)
    {
        var e = One("Titre du poste : Agent\n" + line).Education!;

        Assert.Equal(level, e.MinLevel?.ToKey());
        Assert.Equal(fields, e.Fields);
    }

    [Theory]
    [InlineData("Expérience d'au moins trois ans, de préférence en milieu rural.", 3, true)]
    [InlineData("Avoir travaillé au moins 3 ans dans une ONG.", 3, true)]
    [InlineData("Une expérience de 3 ans est souhaitable.", 3, false)]
    public void ReadExperience_PreferenceOfDomainAndAvoirTravaille_AreRead(string line, double years, bool required)
    {
        var e = One("Titre du poste : Agent\n" + line).Experience!;

        Assert.Equal((years, required), (e.MinYears, e.Necessity == Necessity.Required));
    }

    [Theory]
    [InlineData("RECRUTEMENT\nUn(e) Chargé(e) de Programme Nutrition\nLieu : Mopti", "Chargé(e) de Programme Nutrition")]
    [InlineData("Titre du poste : Une Animatrice communautaire", "Animatrice communautaire")]
    [InlineData("Titre du poste : un (01) chauffeur", "chauffeur")]
    public void ReadTitle_LeadingArticle_IsRemoved(string text, string title)
    {
        Assert.Equal(title, One(text).Title);
    }

    [Fact]
    public void ReadLanguages_ClausesWithTheirOwnMarkers_AreReadOneByOne()
    {
        var langs = One("Titre du poste : Agent\nLa maîtrise du Français et de l'Anglais est obligatoire, la connaissance d'une ou plusieurs langues nationales est un plus.").Languages;

        Assert.Equal(3, langs.Count);
        Assert.Equal([Necessity.Required, Necessity.Required, Necessity.Preferred], langs.Select(g => g.Necessity));
        Assert.Equal("local", langs[2].AnyOf.Single().Value);
    }

    [Theory]
    [InlineData("Les femmes et les personnes vivant avec un handicap sont encouragées à postuler.", true)]
    [InlineData("Les femmes bénéficiaires sont encouragées à participer aux activités.", false)]
    public void ReadWomenEncouraged_WomenEncouragedToApply_IsTrueOnlyForApplying(string sentence, bool encouraged)
    {
        Assert.Equal(encouraged, One("Titre du poste : Agent\n" + sentence).WomenEncouraged);
    }
}
