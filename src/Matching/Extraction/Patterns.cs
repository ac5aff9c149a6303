using System.Text.RegularExpressions;

namespace Matching.Extraction;

/// <summary>
/// The extractor's patterns. All run on folded text (lower-case, no accents, same length as the
/// normalised text). Patterns with open loops use the non-backtracking engine, so matching is linear
/// in the input; literal alternations use the bounded backtracking engine with a timeout.
/// </summary>
internal static partial class Patterns
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>
    /// Literal alternations and patterns whose loops are bounded or separated by literals run on the
    /// source-generated backtracking engine, which scans for their literals with vectorised search
    /// (30 times faster here); they cannot backtrack beyond a few characters, and a timeout bounds them anyway.
    /// </summary>
    private const RegexOptions Bounded = RegexOptions.CultureInvariant;

    /// <summary>The match timeout of the bounded patterns, in milliseconds.</summary>
    public const int TimeoutMs = 2000;

    /// <summary>List numbering or a bullet at the start of a line: "1.2 ", "3. ", "1- ", "- ", "II. ".</summary>
    [GeneratedRegex(@"^(?:[\-+>»o]\s+|[\-+>»]+|\d{1,2}(?:\.\d{1,2})+\.?\s+|\d{1,2}[.)\-]\s+|[a-h]\)\s+|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+)", Options)]
    public static partial Regex LeadingMarker();

    /// <summary>A post marker in a notice recruiting several posts: "Titre du poste 2 :", "Poste N°3 -", "POSTE N°2" alone on its line.</summary>
    [GeneratedRegex(@"^(?:titre |intitule )?(?:du )?poste\s*(?:n\s*[°o]?\s*)?(\d{1,2})\s*(?:[:\-]|$)", Options)]
    public static partial Regex PostMarker();

    /// <summary>"12 mars 2026", "1er avril 2025", "29 fevrier 2024", "15-mars-2026".</summary>
    [GeneratedRegex(@"\b(\d{1,2})\s*(?:er)?(?:\s+|\s*[\-/]\s*)([a-z]{3,10})\.?,?(?:\s+|\s*[\-/]\s*)(\d{4})\b", Options)]
    public static partial Regex DateWords();

    /// <summary>"16/06/2025", "26-12-2025", "01.03.2023", "20/03/26" (a two-digit year is 20xx).</summary>
    [GeneratedRegex(@"\b(\d{1,2})\s?[/.\-]\s?(\d{1,2})\s?[/.\-]\s?(\d{4}|\d{2})\b", Options)]
    public static partial Regex DateNumeric();

    /// <summary>"15 mars", "1er avril": a day and a month word, the year left out (or following: see <see cref="Quantities.DatesWithoutYear"/>).</summary>
    [GeneratedRegex(@"\b(\d{1,2})\s*(?:er)?\s+([a-z]{3,10})\b", Options)]
    public static partial Regex DateWithoutYear();

    /// <summary>"2026-03-10".</summary>
    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b", Options)]
    public static partial Regex DateIso();

    /// <summary>An immediate start.</summary>
    [GeneratedRegex(@"\b(?:immediat|immediate|immediatement|des que possible|asap|au plus tot|des maintenant)\b", Bounded, TimeoutMs)]
    public static partial Regex Immediate();

    /// <summary>A unit of time after a quantity: "ans", "annees", "mois".</summary>
    [GeneratedRegex(@"\b(ans|an|annees|annee|mois|years|year|months)\b", Bounded, TimeoutMs)]
    public static partial Regex TimeUnit();

    /// <summary>"Bac+3", "bac + 5", "BAC+2".</summary>
    [GeneratedRegex(@"\bbac\s*\+\s*(\d)\b", Options)]
    public static partial Regex BacPlus();

    /// <summary>A count in brackets: "(03)", "(03 postes)".</summary>
    [GeneratedRegex(@"\(\s*(\d{1,3})\s*(?:postes?|places?|agents?|personnes?)?\s*\)", Bounded, TimeoutMs)]
    public static partial Regex BracketCount();

    /// <summary>A gender mark after a title: "(F)", "(H/F)", "(F/H)", "(H)".</summary>
    [GeneratedRegex(@"\(\s*(h\s*/\s*f|f\s*/\s*h|m\s*/\s*f|f\s*/\s*m|femmes?|hommes?|f|h|m)\s*\)|\s(h\s*/\s*f|f\s*/\s*h)\s*$", Bounded, TimeoutMs)]
    public static partial Regex GenderMark();

    /// <summary>A count written before a title: "Un (02)", "02", "deux (2)".</summary>
    [GeneratedRegex(@"^(?:[a-z]+\s*)?\(\s*(\d{1,3})\s*\)\s+|^(\d{1,2})\s+", Options)]
    public static partial Regex LeadingCount();

    /// <summary>"02 postes", "(3) postes", "deux postes".</summary>
    [GeneratedRegex(@"\b(\d{1,3}|[a-z]+)\s*(?:\(\s*(\d{1,3})\s*\)\s*)?postes?\b", Options)]
    public static partial Regex PostsCount();

    /// <summary>A post reserved to women.</summary>
    [GeneratedRegex(@"(?:poste|postes|recrutement|offre)\s+(?:est\s+|sont\s+)?(?:exclusivement\s+|uniquement\s+)?(?:reserve|reserves|reservee|ouvert|ouverts|ouverte)\s+(?:exclusivement\s+|uniquement\s+)?aux\s+(?:femmes|candidates|candidatures feminines)|\betre une femme\b|\betre de sexe feminin\b|\bsexe\s*:\s*feminin\b|\buniquement (?:des|aux) (?:femmes|candidates)\b|\bcandidatures? exclusivement feminines?\b|\bfemmes uniquement\b|\bwomen only\b|\bfemale only\b|\bseule?s?\s+(?:les\s+)?candidatures\s+feminines\b|\bseules\s+les\s+femmes\b|\bs'adresse(?:nt)?\s+(?:exclusivement\s+|uniquement\s+)?aux\s+femmes\b|\bcandidat(?:e|s|es)?\s+de\s+sexe\s+feminin\b", Bounded, TimeoutMs)]
    public static partial Regex WomenOnly();

    /// <summary>A post reserved to men.</summary>
    [GeneratedRegex(@"(?:poste|postes)\s+(?:est\s+|sont\s+)?(?:exclusivement\s+|uniquement\s+)?(?:reserve|reserves|ouvert|ouverts)\s+(?:exclusivement\s+|uniquement\s+)?aux\s+hommes|\betre un homme\b|\betre de sexe masculin\b|\bsexe\s*:\s*masculin\b|\bhommes uniquement\b", Bounded, TimeoutMs)]
    public static partial Regex MenOnly();

    /// <summary>Women encouraged to apply.</summary>
    [GeneratedRegex(@"candidatures?\s+feminines?[^.\n]{0,60}encourag|\bfemmes\s+(?:sont|qualifiees sont|sont vivement|sont fortement)[^.\n]{0,40}encourag|\bcandidates\s+sont[^.\n]{0,30}encourag|\bencourage(?:ons|ent|e)?\s+(?:vivement\s+|fortement\s+)?(?:les\s+)?(?:candidatures\s+feminines|femmes|candidates)|women[^.\n]{0,50}encouraged|\bfemmes\b[^.\n]{0,60}encourage[a-z]*\s+a\s+(?:postuler|candidater|soumettre|faire acte)|candidatures?\s+(?:feminines?|des femmes)[^.\n]{0,40}(?:recherchees|souhaitees|bienvenues|privilegiees|appreciees)|encourage[a-z]*\s+a\s+postuler[^.\n]{0,30}\bfemmes\b|\bfemale candidates[^.\n]{0,40}encouraged", Bounded, TimeoutMs)]
    public static partial Regex WomenEncouraged();

    /// <summary>An explicit licence category: "permis B", "permis de conduire categorie A et B".</summary>
    [GeneratedRegex(@"\b(?:permis|categorie|categories|cat\.?|type|classe)\s*(?:de conduire\s*)?(?:de\s+)?(?:categorie\s*|cat\.?\s*|type\s*)?([abcde](?:\s*(?:,|et|ou|/|-|\+)\s*[abcde]){0,4})\b", Options)]
    public static partial Regex LicenceCategory();

    /// <summary>Driving a car: "véhicule", "voiture", "4x4".</summary>
    [GeneratedRegex(@"\b(?:vehicule|vehicules|voiture|voitures|4x4|automobile|auto)\b", Bounded, TimeoutMs)]
    public static partial Regex Car();

    /// <summary>Riding a motorcycle.</summary>
    [GeneratedRegex(@"\b(?:moto|motos|motocyclette|motocyclettes|deux roues|2 roues|engin a deux roues|motorcycle)\b", Bounded, TimeoutMs)]
    public static partial Regex Motorcycle();

    /// <summary>A driving licence or the ability to drive.</summary>
    [GeneratedRegex(@"\bpermis de conduire\b|\bpermis\s+[abcde]\b|\bpermis (?:de )?(?:moto|auto|voiture)\b|\bsavoir conduire\b|\bsache conduire\b|\baptitude a conduire\b|\b(?:capable|apte) de conduire\b|\bdriving licen[cs]e\b|\bdriver'?s licen[cs]e\b", Bounded, TimeoutMs)]
    public static partial Regex Licence();

    /// <summary>"basé à Gao", "basée à", "basé(e) à", "basés-es à".</summary>
    [GeneratedRegex(@"\bbase(?:e|es|s|\(e\)|-e|-es|s-es|es-es|s/es)?\s+a\s+", Bounded, TimeoutMs)]
    public static partial Regex BasedAt();

    /// <summary>"connaissance des zones de Mopti et Bandiagara".</summary>
    [GeneratedRegex(@"\bconnaissance\s+(?:parfaite\s+|approfondie\s+|averee\s+)?(?:des\s+zones|de\s+la\s+zone|des\s+regions|de\s+la\s+region|des\s+localites|de\s+la\s+localite|des\s+cercles|du\s+cercle|des\s+communes|de\s+la\s+commune)(?:\s+d'intervention)?\s+(?:de\s+|d'|du\s+|des\s+)", Bounded, TimeoutMs)]
    public static partial Regex AreasToKnow();

    /// <summary>"nationalité malienne".</summary>
    [GeneratedRegex(@"\bnationalite\s+([a-z]{4,20})\b", Bounded, TimeoutMs)]
    public static partial Regex Nationality();

    /// <summary>A national post: "poste national", "staff national".</summary>
    [GeneratedRegex(@"\b(?:poste national|postes nationaux|staff national|personnel national|recrutement national|candidats nationaux|national staff|national position|ressortissants? maliens?|ressortissantes? maliennes?)\b", Bounded, TimeoutMs)]
    public static partial Regex NationalPost();

    /// <summary>A candidate "recrute" statement, for the hiring organisation.</summary>
    [GeneratedRegex(@"\brecrute\b|\brecrutent\b|\brecrutons\b|\bcherchent? a recruter\b|\brecherche\b|\brecherchent\b|\brecherchons\b|\bcherche\b|\bis recruiting\b", Bounded, TimeoutMs)]
    public static partial Regex Recruits();

    /// <summary>The lower bound of a range right before a quantity: "de 2 à ", "entre 3 et ".</summary>
    [GeneratedRegex(@"(?:^|[^a-z\-])(\d{1,2}|[a-z]+)\s*(?:\(\s*\d{1,2}\s*\)\s*)?\s(?:a|et)\s+$|(\d{1,2})\s*-\s*$", Options)]
    public static partial Regex RangeStart();

    /// <summary>Words that announce the deadline.</summary>
    [GeneratedRegex(@"\b(?:au plus tard|date limite|avant le|delai de|date de cloture|deadline|closing date|dernier delai|expire le|expiration|cloture des candidatures|cloture des dossiers)\b", Bounded, TimeoutMs)]
    public static partial Regex DeadlineMarker();

    /// <summary>A weaker deadline word, read only where no other marker gives a date: "reçues jusqu'au 27 mars".</summary>
    [GeneratedRegex(@"\b(?:jusqu'au|jusqu au|jusqu'a|jusqu a)\b", Bounded, TimeoutMs)]
    public static partial Regex DeadlineUntil();

    /// <summary>Words that announce the start date.</summary>
    [GeneratedRegex(@"\b(?:prise de fonction|date de debut|demarrage|entree en fonction|debut du contrat|prise de service|prise de poste|start date)\b", Bounded, TimeoutMs)]
    public static partial Regex StartMarker();

    /// <summary>Words of a contract sentence.</summary>
    [GeneratedRegex(@"\b(?:cdd|cdi|duree|contrat)\b", Bounded, TimeoutMs)]
    public static partial Regex ContractWord();

    /// <summary>Experience.</summary>
    [GeneratedRegex(@"\b(?:experiences?|exp|experiances?|experences?|expriences?|experinces?|avoir travaille|ayant travaille)\b", Bounded, TimeoutMs)]
    public static partial Regex ExperienceWord();

    /// <summary>An article after "recrute": "un(e) ", "une ", "des ".</summary>
    [GeneratedRegex(@"^\s*(?:un\s*\(\s*e\s*\)|un\s*e|un|une|des|le|la|l')\s*", Options)]
    public static partial Regex Article();

    /// <summary>The opening words of a notice before its title: "Avis de recrutement d'un(e)", "Offre d'emploi :", "Avis de recrutement de deux (02)".</summary>
    [GeneratedRegex(@"^(?:avis|offre|appel|annonce|vacance|recrutement|vacancy announcement|vacancy notice|job announcement|job opening)[a-z' ]{0,40}?(?:\s*[:\-]\s*|\s+d'une?\s+|\s+d'un\s*\(\s*e\s*\)\s+|\s+pour\s+(?:le\s+poste\s+d[e']\s*|un\s+|une\s+)|\s+(?:du\s+)?poste\s+d[e']\s*|\s+de\s+(?=(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|\d{1,3})\s*\(\s*\d{1,3}\s*\)))", Bounded, TimeoutMs)]
    public static partial Regex NoticeIntro();

    /// <summary>The article before a title met after a purpose: "pour sa base de San une Superviseure", "un(e) ".</summary>
    [GeneratedRegex(@"\b(?:un\s*\(\s*e\s*\)|un\s*e|une|un)\s+", Bounded, TimeoutMs)]
    public static partial Regex TitleArticle();

    /// <summary>"au poste d'Assistant(e)", "pour le poste de Comptable".</summary>
    [GeneratedRegex(@"\b(?:au|pour le)\s+poste\s+d(?:e\s+|')", Bounded, TimeoutMs)]
    public static partial Regex PostOf();

    /// <summary>The duty station given as the office the post is for: "recrute pour son bureau de Kayes", "pour son siège à Bamako".</summary>
    [GeneratedRegex(@"\bpour\s+(?:son|sa|ses|leur|leurs)\s+(?:bureau|bureaux|base|bases|siege|antenne|sous-bureau|sous bureau|agence|representation|delegation|sous-delegation|sous delegation|projet|programme)(?:\s+(?:regional|regionale|local|locale|de terrain|terrain|principal|pays))?\s+(?:de\s+|d'|a\s+|au\s+|du\s+)", Bounded, TimeoutMs)]
    public static partial Regex OfficeOf();

    /// <summary>An organisation named with its kind: "L'ONG Yéréko,", "LA SOCIETE SAHEL TRANSIT SA,", "l'association Karkara".</summary>
    [GeneratedRegex(@"(?:\b[Ll]'ONG|\bONG|\b[Ll]'[Aa]ssociation|\bL'ASSOCIATION|\b[Ll]a [Ss]oci[ée]t[ée]|\bLA SOCI[EÉ]T[EÉ]|\b[Ll]'[Ee]ntreprise|\bL'ENTREPRISE|\b[Ll]e [Cc]abinet|\bLE CABINET)\s+([A-Z][\w\-]{1,30}(?:[ \t]+[A-Z][\w\-]{0,30}){0,3})", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex NamedOrganization();

    /// <summary>An organisation introduced by apposition at the start of a sentence: "Sahel Agro Services, entreprise de conseil agricole".</summary>
    [GeneratedRegex(@"^([A-Z][\w'\-]{1,30}(?:[ ]+[A-Z][\w'\-]{0,30}){0,4}),[ ]+(?:une?[ ]+|l')?(?i:entreprise|ong|association|soci[ée]t[ée]|organisation|cabinet|institution|structure|agence|bureau d'[ée]tudes)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex AppositionOrganization();

    /// <summary>A name with its acronym alone on a line: "Caisse Sahel Epargne et Crédit (CSEC)".</summary>
    [GeneratedRegex(@"^([A-Z][\w'\-]{1,30}(?:[ ]+[\w'\-]{1,30}){1,8})[ ]*\([ ]*([A-Z][A-Z0-9&\-]{1,11})[ ]*\)[ ]*$", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex NameWithAcronym();

    /// <summary>A name followed by its acronym anywhere in a line: "PROGRAMME ALIMENTAIRE MONDIAL (PAM)".</summary>
    [GeneratedRegex(@"\b([A-Z][\w'\-]{1,30}(?:[ ]+[\w'\-]{1,30}){1,8})[ ]*\([ ]*([A-Z][A-Z0-9&\-]{0,3}[A-Za-z0-9À-ÿ&\-]{0,8})[ ]*\)", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex NameThenAcronym();

    /// <summary>A trial or notice period, whose length is not the contract's: "période d'essai de trois (03) mois".</summary>
    [GeneratedRegex(@"\b(?:periode d'essai|periode probatoire|essai|preavis)\b", Bounded, TimeoutMs)]
    public static partial Regex TrialPeriod();

    /// <summary>"L'ONG Tassaght recrute", "L'association Karkara recrute".</summary>
    [GeneratedRegex(@"\b(?:[Ll]'ONG|ONG|[Ll]'[Aa]ssociation|[Ll]a [Ff]ondation)\s+([A-Z][\w\-]{2,30}(?:\s+[A-Z][\w\-]{1,30}){0,3})\s+(?:[Mm]ali\s+)?recrute\b", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex NamedRecruits();

    /// <summary>A capitalised acronym right before "recrute": "AMSS recrute", "IEDA Relief recrute", "Le GRAT (Groupe de …) recrute".</summary>
    [GeneratedRegex(@"\b([A-Z][A-Z0-9&/\-]{1,15}(?:[ ]+[A-Z][a-z]{2,15})?)\)?(?:\s+(?:MALI|Mali))?(?:\s*\([^()\n]{3,120}\))?\s+(?:recrute|RECRUTE|recherche|RECHERCHE)\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    public static partial Regex AcronymRecruits();

    /// <summary>An acronym in brackets right before the verb: "… pour l'Eau Potable (CREPA) recrute".</summary>
    [GeneratedRegex(@"\(([A-Z][A-Z0-9&\-]{0,3}[A-Za-z0-9À-ÿ&\-]{1,8})\)\s+(?:recrute|RECRUTE)\b", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex BracketedAcronymRecruits();

    /// <summary>"recrutement de vingt (20) volontaires", "le recrutement d'un(e) comptable": the title follows.</summary>
    [GeneratedRegex(@"\brecrutement\s+d(?:e\s+|')", Bounded, TimeoutMs)]
    public static partial Regex RecruitmentOf();
}
