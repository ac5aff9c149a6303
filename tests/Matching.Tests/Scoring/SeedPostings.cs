using Matching.Model;
using Matching.Scoring;

namespace Matching.Tests.Scoring;

/// <summary>The requirements of the seed postings, as the gold files read them.</summary>
internal static class SeedPostings
{
    public static readonly DateOnly Reference = new(2026, 1, 15);

    public static MatchOptions Options(string culture = "fr-FR") => new() { ReferenceDate = Reference, Culture = System.Globalization.CultureInfo.GetCultureInfo(culture) };

    /// <summary>INTERSOS, Gestionnaire de cas (F), Kolondiéba.</summary>
    public static Posting GestionnaireDeCas => new()
    {
        Title = "Gestionnaire de cas",
        Organization = "INTERSOS",
        Locations = ["Kolondiéba"],
        ReservedTo = Sex.Female,
        Deadline = new DateOnly(2026, 2, 20),
        Education = new EducationRequirement(DiplomaLevel.Bac3, ["sciences sociales", "travail social", "psychologie"]),
        Experience = new ExperienceRequirement(3, relevantOnly: true),
        Languages = [new LanguageGroup([LanguageKey.French]), new LanguageGroup([LanguageKey.Local], Necessity.Preferred)],
        Skills = ["word", "excel", "internet"],
    };

    /// <summary>INTERSOS, Officier Protection à base communautaire, Mopti and Bandiagara.</summary>
    public static Posting OfficierProtection => new()
    {
        Title = "Officier Protection à base communautaire",
        Organization = "INTERSOS",
        Locations = ["Mopti", "Bandiagara"],
        Deadline = new DateOnly(2024, 2, 29),
        Education = new EducationRequirement(DiplomaLevel.Bac3, ["sciences sociales", "travail social", "développement communautaire"]),
        Experience = new ExperienceRequirement(6, relevantOnly: true, scoped: [new ScopedExperience(2, "en ONG internationale", OrganizationType.Ingo)]),
        Languages = [new LanguageGroup([LanguageKey.French]), new LanguageGroup(new[] { "bambara", "dogon", "bozo", "tamasheq" }.Select(LanguageKey.Parse), Necessity.Preferred)],
        Licences = [new LicenceRequirement(LicenceCategory.A)],
        Skills = ["word", "excel", "powerpoint"],
    };

    /// <summary>SOS Villages d'Enfants, Assistant chargé de la mobilisation communautaire, Bamako.</summary>
    public static Posting MobilisationCommunautaire => new()
    {
        Title = "Assistant chargé de la mobilisation communautaire",
        Organization = "SOS Villages d'Enfants",
        Locations = ["Bamako"],
        Deadline = new DateOnly(2023, 2, 21),
        Education = new EducationRequirement(DiplomaLevel.Bac3, ["animation et mobilisation sociale", "gestion de projet", "études économiques"]),
        Experience = new ExperienceRequirement(3),
        Languages = [new LanguageGroup([LanguageKey.Local])],
        Skills = ["office"],
    };

    /// <summary>AMCP-SP/ALIMA, Mobilisateur Communautaire.</summary>
    public static Posting Mobilisateur => new()
    {
        Title = "Mobilisateur Communautaire",
        Organization = "AMCP-SP/ALIMA",
        Deadline = new DateOnly(2025, 6, 16),
        Education = new EducationRequirement(DiplomaLevel.Bac, ["sciences de la santé"]),
        Experience = new ExperienceRequirement(2),
        Languages = [new LanguageGroup([LanguageKey.Local])],
    };

    public static RankedCandidate Rank(CandidateProfile c, Posting p, MatchOptions? options = null)
        => Matcher.Rank([c], p, options ?? Options()).Results[0];

    public static CriterionResult Criterion(this RankedCandidate r, CriterionKind kind, int index = 0)
        => r.Criteria.Where(c => c.Kind == kind).ElementAt(index);

    public static ExperienceEntry Job(string title, string org, OrganizationType? type, string start, string? end)
        => new()
        {
            Title = title, Organization = org, OrganizationType = type,
            Start = YearMonth.TryParse(start, out var s) ? s : throw new FormatException(start),
            End = end is null ? null : YearMonth.TryParse(end, out var e) ? e : throw new FormatException(end),
        };
}
