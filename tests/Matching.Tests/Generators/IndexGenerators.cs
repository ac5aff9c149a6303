using FsCheck;
using FsCheck.Fluent;
using Matching.Model;
using Matching.Scoring;

namespace Matching.Tests.Generators;

/// <summary>
/// Rosters and postings for the candidate-index properties: synthetic rosters of random seed and
/// size mixed with hand-varied profiles (unknown fields, empty lists, repeats, whitespace, unstated
/// levels), and postings over every criterion with places among the five names both gazetteers know.
/// </summary>
internal static class IndexGenerators
{
    public static readonly string[] Places = ["Mopti", "Sévaré", "Bamako", "Bandiagara", "Kolondiéba"];
    private static readonly string[] Fields = ["travail social", "psychologie", "sociologie", "santé publique", "comptabilité", "économie", "droit", "agronomie", "gestion"];
    private static readonly string[] Titles = ["Gestionnaire de cas", "Agent de protection", "Animateur communautaire", "Infirmier", "Comptable", "Chauffeur", "Superviseur nutrition", "Coordinateur de projet", "Enseignant", "Stagiaire"];
    private static readonly string[] Tools = ["word", "excel", "internet", "office", "kobo", "powerpoint", "spss"];
    private static readonly string[] Languages = ["french", "bambara", "fula", "songhay", "dogon", "tamasheq", "english", "local"];

    private static Gen<T?> OrNull<T>(Gen<T> gen, int nullWeight = 1) where T : class
        => Gen.Frequency((nullWeight, Gen.Constant<T?>(null)), (5, gen.Select(x => (T?)x)));

    private static Gen<IReadOnlyList<T>> ListOf<T>(Gen<T> gen, int max)
        => Gen.Choose(0, max).SelectMany(n => gen.ArrayOf(n)).Select(a => (IReadOnlyList<T>)a);

    private static Gen<EducationEntry> Diploma =>
        from level in OrNullable(Gen.Choose(1, 8).Select(l => (DiplomaLevel)l))
        from fieldOfStudy in OrNull(Gen.Elements(Fields.Append(" ").Append("").ToArray()))
        from title in OrNull(Gen.Elements("Licence en travail social", "Master en psychologie clinique", "BTS comptabilité", "Baccalauréat"))
        select new EducationEntry(level, fieldOfStudy, title);

    private static Gen<T?> OrNullable<T>(Gen<T> gen) where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(x => (T?)x)));

    private static Gen<ExperienceEntry> Job =>
        from title in OrNull(Gen.Elements(Titles))
        from domain in OrNull(Gen.Elements("protection", "santé", "VBG", "finance", "nutrition"), 3)
        from type in OrNullable(Gen.Choose(1, 5).Select(t => (OrganizationType)t))
        from kind in Gen.Choose(0, 4)
        from start in Gen.Choose((2008 - 1900) * 12, (2027 - 1900) * 12)
        from length in Gen.Choose(0, 60)
        from months in Gen.Choose(0, 80)
        select kind switch
        {
            0 => new ExperienceEntry { Title = title, Domain = domain, OrganizationType = type, Months = months },
            1 => new ExperienceEntry { Title = title, Domain = domain, OrganizationType = type, Start = Month(start) },
            2 => new ExperienceEntry { Title = title, Domain = domain, OrganizationType = type },
            _ => new ExperienceEntry { Title = title, Domain = domain, OrganizationType = type, Start = Month(start), End = Month(Math.Max(0, start + length)) },
        };

    private static YearMonth Month(int index) => new(1900 + index / 12, index % 12 + 1);

    private static Gen<LanguageSkill> Language =>
        from key in Gen.Elements(Languages.Where(l => l != "local").ToArray())
        from level in OrNullable(Gen.Choose(1, 4).Select(l => (LanguageLevel)l))
        select new LanguageSkill(LanguageKey.Parse(key), level);

    /// <summary>A hand-varied profile: any field may be unknown, empty, repeated or odd.</summary>
    public static Gen<CandidateProfile> Varied(string id) =>
        from gender in OrNullable(Gen.Elements(Sex.Female, Sex.Male))
        from nationality in OrNull(Gen.Elements("malienne", "Malien", "burkinabè", " ", "Mali"))
        from home in OrNull(Gen.Elements(Places.Append("Tombouctou").Append("Nulle-part").Append(" ").ToArray()))
        from areas in OrNull(ListOf(Gen.Elements(Places.Append("mopti").Append("Ségou").Append("").ToArray()), 3))
        from education in OrNull(ListOf(Diploma, 3))
        from experience in OrNull(ListOf(Job, 5))
        from languages in OrNull(ListOf(Language, 4))
        from licences in OrNull(ListOf(Gen.Choose(1, 5).Select(l => (LicenceCategory)l), 3))
        from skills in OrNull(ListOf(Gen.Elements(Tools), 4))
        select new CandidateProfile(id)
        {
            Gender = gender, Nationality = nationality, Home = home, AreasKnown = areas, Education = education,
            Experience = experience, Languages = languages, Licences = licences, Skills = skills,
        };

    /// <summary>A roster: a synthetic one of random seed and size (0–300) with hand-varied profiles mixed in.</summary>
    public static Gen<IReadOnlyList<CandidateProfile>> Roster =>
        from seed in ArbMap.Default.GeneratorFor<int>()
        from size in Gen.Choose(0, 300)
        from extra in Gen.Choose(0, 40)
        from varied in Gen.Choose(0, 0).SelectMany(_ => Varied("V").ArrayOf(extra))
        from shuffle in Gen.Choose(0, int.MaxValue)
        select Mix(SyntheticRoster.Generate(size, seed), varied.Select((p, i) => p with { Id = "V" + i }).ToArray(), shuffle);

    private static IReadOnlyList<CandidateProfile> Mix(IReadOnlyList<CandidateProfile> roster, CandidateProfile[] varied, int seed)
    {
        var all = roster.Concat(varied).ToArray();
        // A fixed permutation from the seed, so ids are not in order.
        for (var i = all.Length - 1; i > 0; i--)
        {
            var j = (int)((uint)(seed * 31 + i * 7919) % (uint)(i + 1));
            (all[i], all[j]) = (all[j], all[i]);
        }
        return all;
    }

    /// <summary>A posting over every kind of criterion.</summary>
    public static Gen<Posting> Posting =>
        from title in Gen.Elements(Titles.Append("Chargé de suivi").Append("").ToArray())
        from education in OrNull(
            from level in OrNullable(Gen.Choose(1, 8).Select(l => (DiplomaLevel)l))
            from fields in ListOf(Gen.Elements(Fields), 3)
            from necessity in Gen.Elements(Necessity.Required, Necessity.Preferred)
            select new EducationRequirement(level, fields, necessity))
        from experience in OrNull(
            from years in Gen.Elements(0.0, 0.5, 1, 2, 3, 5, 7)
            from necessity in Gen.Elements(Necessity.Required, Necessity.Preferred)
            from relevant in ArbMap.Default.GeneratorFor<bool>()
            from domain in OrNull(Gen.Elements("protection", "santé", "VBG"))
            from scoped in ListOf(
                from y in Gen.Elements(1.0, 2, 3)
                from t in OrNullable(Gen.Choose(1, 5).Select(t => (OrganizationType)t))
                from similar in ArbMap.Default.GeneratorFor<bool>()
                select new ScopedExperience(y, "dont", t, similar), 2)
            select new ExperienceRequirement(years, necessity, relevant, domain, scoped))
        from languages in ListOf(
            from keys in Gen.Elements(Languages).NonEmptyListOf()
            from necessity in Gen.Elements(Necessity.Required, Necessity.Preferred)
            from level in OrNullable(Gen.Choose(1, 4).Select(l => (LanguageLevel)l))
            select new LanguageGroup(keys.Select(LanguageKey.Parse), necessity, level), 3)
        from licences in ListOf(
            from c in Gen.Choose(1, 5)
            from necessity in Gen.Elements(Necessity.Required, Necessity.Preferred)
            select new LicenceRequirement((LicenceCategory)c, necessity), 2)
        from locations in ListOf(Gen.Elements(Places.Append("Tombouctou").ToArray()), 2)
        from areas in OrNull(
            from list in Gen.Elements(Places.Append("Ségou").ToArray()).NonEmptyListOf()
            from necessity in Gen.Elements(Necessity.Required, Necessity.Preferred)
            select new AreaRequirement(list.Take(3), necessity), 2)
        from skills in ListOf(Gen.Elements(Tools), 4)
        from reserved in OrNullable(Gen.Elements(Sex.Female, Sex.Male))
        from nationality in OrNull(Gen.Elements("malienne", "burkinabè"), 3)
        from deadline in OrNullable(Gen.Choose(0, 800).Select(d => new DateOnly(2024, 1, 1).AddDays(d)))
        select new Posting
        {
            Title = title, Education = education, Experience = experience, Languages = languages, Licences = licences,
            Locations = locations, AreasToKnow = areas, Skills = skills, ReservedTo = reserved, Nationality = nationality, Deadline = deadline,
        };

    /// <summary>Options: reference date or none, either unknown policy, an unknown credit.</summary>
    public static Gen<MatchOptions> Options =>
        from reference in OrNullable(Gen.Choose(0, 900).Select(d => new DateOnly(2023, 6, 1).AddDays(d)))
        from exclude in ArbMap.Default.GeneratorFor<bool>()
        from credit in Gen.Elements(0.0, 0.3, 0.5)
        select new MatchOptions { ReferenceDate = reference, UnknownRequired = exclude ? UnknownPolicy.Exclude : UnknownPolicy.Admit, UnknownCredit = credit };
}
