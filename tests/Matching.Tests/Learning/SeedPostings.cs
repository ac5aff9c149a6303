using Matching.Model;

namespace Matching.Tests.Learning;

/// <summary>The experience requirements of the seed postings (seeds/*.txt), typed by hand.</summary>
internal static class SeedPostings
{
    public static Posting GestionnaireDeCas { get; } = new()
    {
        Title = "Gestionnaire de cas",
        Organization = "IRC",
        Locations = ["Mopti"],
        Experience = new ExperienceRequirement(3, relevantOnly: true),
    };

    public static Posting AnimatriceCommunautaire { get; } = new()
    {
        Title = "Animatrice communautaire",
        Organization = "IRC",
        Locations = ["Mopti"],
        ReservedTo = Sex.Female,
        Experience = new ExperienceRequirement(3, relevantOnly: true, domain: "protection humanitaire"),
    };

    public static Posting OfficierPbc { get; } = new()
    {
        Title = "Officier Protection à base communautaire",
        Organization = "INTERSOS",
        Locations = ["Bandiagara"],
        Experience = new ExperienceRequirement(6, relevantOnly: true, domain: "mise en œuvre d'activités de protection humanitaire",
            scoped: [new ScopedExperience(6, "avec une ONG internationale", OrganizationType.Ingo)]),
    };

    public static Posting CoordinateurSmsps { get; } = new()
    {
        Title = "Coordinateur(trice) Protection Santé Mentale et Soutien Psychosocial",
        Organization = "COOPI",
        Locations = ["Bamako"],
        Experience = new ExperienceRequirement(5, relevantOnly: true, scoped: [new ScopedExperience(5, "dans un poste similaire", SimilarPost: true)]),
    };

    public static Posting AssistantMobilisation { get; } = new()
    {
        Title = "Assistant-es chargé-es de la mobilisation communautaire",
        Organization = "SOS Villages d'Enfants",
        Locations = ["Bamako"],
        Experience = new ExperienceRequirement(3, relevantOnly: true, domain: "mise en œuvre de projets de mobilisation communautaire, autonomisation économique des femmes"),
    };

    public static Posting MobilisateurCommunautaire { get; } = new()
    {
        Title = "Mobilisateur Communautaire",
        Organization = "ALIMA",
        Locations = ["Mopti"],
        Experience = new ExperienceRequirement(2, relevantOnly: true, domain: "santé et nutrition communautaire",
            scoped: [new ScopedExperience(2, "à un poste équivalent", SimilarPost: true)]),
    };

    public static Posting ByKey(string key) => key switch
    {
        "gestionnaire" => GestionnaireDeCas,
        "animatrice" => AnimatriceCommunautaire,
        "pbc" => OfficierPbc,
        "smsps" => CoordinateurSmsps,
        "assistant" => AssistantMobilisation,
        "mobilisateur" => MobilisateurCommunautaire,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown seed posting."),
    };
}
