using Matching.Model;

namespace Matching.Tests.Generators;

/// <summary>The words the generators draw from: titles, fields, organisations and places of NGO work in Mali.</summary>
public static class Vocabulary
{
    /// <summary>Fields of study as Malian diplomas name them.</summary>
    public static readonly string[] Fields =
    [
        "travail social", "psychologie", "sociologie", "santé publique", "comptabilité", "sciences sociales",
        "développement communautaire", "droit", "agronomie", "gestion", "sciences de l'éducation",
        "soins infirmiers", "économie", "animation et mobilisation sociale", "géographie",
    ];

    /// <summary>Job titles seen on NGO CVs in Mali.</summary>
    public static readonly string[] Titles =
    [
        "Gestionnaire de cas VBG", "Animatrice communautaire", "Agent de protection", "Comptable", "Infirmier",
        "Mobilisateur communautaire", "Assistante sociale", "Chargée de suivi évaluation", "Chauffeur",
        "Psychologue", "Coordinateur de projet", "Officier protection", "Relais communautaire", "Enseignant",
    ];

    /// <summary>Organisations with their kind.</summary>
    public static readonly (string Name, OrganizationType? Type)[] Organizations =
    [
        ("IRC", OrganizationType.Ingo), ("INTERSOS", OrganizationType.Ingo), ("COOPI", OrganizationType.Ingo),
        ("AMSS", OrganizationType.Ngo), ("AMCP-SP", OrganizationType.Ngo), ("UNICEF", OrganizationType.Un),
        ("HCR", OrganizationType.Un), ("BNDA", OrganizationType.Private), ("CSCOM de Sévaré", OrganizationType.Government),
        ("Direction régionale de la santé", OrganizationType.Government), ("ONG locale", null),
    ];

    /// <summary>Places the stand-in and the real gazetteer both resolve.</summary>
    public static readonly string[] Places = ["Mopti", "Sévaré", "Bamako", "Bandiagara", "Kolondiéba"];

    /// <summary>Software and tools as postings name them.</summary>
    public static readonly string[] Skills = ["word", "excel", "powerpoint", "office", "internet", "kobo", "spss", "dhis2"];

    /// <summary>Languages commonly asked in Malian postings, by key.</summary>
    public static readonly string[] MaliLanguages = ["french", "bambara", "fula", "dogon", "songhay", "tamasheq", "bozo", "soninke", "english", "senufo", "minyanka"];

    /// <summary>Posting titles.</summary>
    public static readonly string[] PostingTitles =
    [
        "Gestionnaire de cas", "Animatrice communautaire", "Officier Protection à base communautaire",
        "Coordinateur Santé Mentale et Soutien Psychosocial", "Mobilisateur Communautaire", "Comptable",
        "Assistant chargé de la mobilisation communautaire", "Infirmier",
    ];
}
