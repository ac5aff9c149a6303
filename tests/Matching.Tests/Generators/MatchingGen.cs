using FsCheck;
using FsCheck.Fluent;
using Matching.Model;

namespace Matching.Tests.Generators;

/// <summary>Generators of realistic postings and candidate profiles for Malian NGO posts.</summary>
public static class MatchingGen
{
    /// <summary>The reference date the properties rank at.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 1, 15);

    /// <summary>Options used by the properties: fixed reference date, default weights.</summary>
    public static readonly MatchOptions Options = new() { ReferenceDate = ReferenceDate };

    private static Gen<T?> Sometimes<T>(Gen<T> gen, int presentWeight, int missingWeight) where T : class
        => Gen.Frequency((presentWeight, gen.Select(x => (T?)x)), (missingWeight, Gen.Constant<T?>(null)));

    private static Gen<T?> SometimesValue<T>(Gen<T> gen, int presentWeight, int missingWeight) where T : struct
        => Gen.Frequency((presentWeight, gen.Select(x => (T?)x)), (missingWeight, Gen.Constant<T?>(null)));

    private static Gen<List<T>> Some<T>(IEnumerable<T> items, int max)
        => Gen.Shuffle(items).SelectMany(all => Gen.Choose(0, Math.Min(max, all.Length)).Select(n => all.Take(n).ToList()));

    /// <summary>A language key of the catalogue, mostly languages of Mali.</summary>
    public static Gen<LanguageKey> Language =>
        Gen.Frequency(
            (5, Gen.Elements(Vocabulary.MaliLanguages).Select(LanguageKey.Parse)),
            (1, Gen.Elements(LanguageKey.All.Where(k => k != LanguageKey.Local).ToArray())));

    /// <summary>A diploma level.</summary>
    public static Gen<DiplomaLevel> Level => Gen.Elements(Enum.GetValues<DiplomaLevel>());

    /// <summary>A diploma as a CV states it, level unknown one time in ten.</summary>
    public static Gen<EducationEntry> Education =>
        from level in SometimesValue(Level, 9, 1)
        from study in Sometimes(Gen.Elements(Vocabulary.Fields), 8, 2)
        from titled in Gen.Elements(true, false)
        select new EducationEntry(level, study, titled && study is not null && level is { } l ? $"Diplôme {l.ToKey()} en {study}" : null);

    /// <summary>A job: dated (some open-ended) or given as a number of months.</summary>
    public static Gen<ExperienceEntry> Job =>
        from title in Sometimes(Gen.Elements(Vocabulary.Titles), 9, 1)
        from org in Gen.Elements(Vocabulary.Organizations)
        from dated in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from year in Gen.Choose(2008, 2025)
        from month in Gen.Choose(1, 12)
        from length in Gen.Choose(1, 72)
        from open in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        select dated
            ? new ExperienceEntry
            {
                Title = title, Organization = org.Name, OrganizationType = org.Type,
                Start = new YearMonth(year, month),
                End = open ? null : Add(new YearMonth(year, month), length - 1),
            }
            : new ExperienceEntry { Title = title, Organization = org.Name, OrganizationType = org.Type, Months = length };

    /// <summary>Adds months to a year-month.</summary>
    public static YearMonth Add(YearMonth ym, int months)
    {
        var index = ym.Index + months;
        return new YearMonth(1900 + index / 12, index % 12 + 1);
    }

    /// <summary>A spoken language with a level, unknown one time in eight.</summary>
    public static Gen<LanguageSkill> Speaks =>
        from key in Language
        from level in SometimesValue(Gen.Elements(Enum.GetValues<LanguageLevel>()), 7, 1)
        select new LanguageSkill(key, level);

    /// <summary>A candidate profile (id "c"; give ids with <see cref="WithIds"/>).</summary>
    public static Gen<CandidateProfile> Candidate =>
        from gender in SometimesValue(Gen.Elements(Sex.Female, Sex.Male), 8, 1)
        from home in Sometimes(Gen.Frequency((6, Gen.Elements(Vocabulary.Places)), (1, Gen.Constant("Tombouctou-Nord inconnu"))), 5, 1)
        from areas in Sometimes(Some(Vocabulary.Places, 3), 3, 1)
        from education in Sometimes(Gen.ListOf(Education).Select(l => l.Take(3).ToList()), 6, 1)
        from experience in Sometimes(Gen.ListOf(Job).Select(l => l.Take(6).ToList()), 6, 1)
        from languages in Sometimes(Gen.ListOf(Speaks).Select(l => l.DistinctBy(s => s.Language).Take(4).ToList()), 8, 1)
        from licences in Sometimes(Some(Enum.GetValues<LicenceCategory>(), 2), 4, 1)
        from skills in Sometimes(Some(Vocabulary.Skills, 4), 4, 1)
        from nationality in Sometimes(Gen.Elements("malienne", "Malienne", "burkinabè", "sénégalaise"), 2, 1)
        select new CandidateProfile("c")
        {
            Gender = gender,
            Home = home,
            AreasKnown = areas,
            Education = education,
            Experience = experience,
            Languages = languages,
            Licences = licences,
            Skills = skills,
            Nationality = nationality,
        };

    /// <summary>Ids with mixed case and accents, to exercise ordinal ordering.</summary>
    public static Gen<string[]> Ids(int n) =>
        Gen.Shuffle(Enumerable.Range(0, n).Select(i => (i % 5) switch
        {
            0 => $"c-{i:D3}", 1 => $"C-{i:D3}", 2 => $"a{i}", 3 => $"Ä{i}", _ => $"z-{i}",
        }));

    /// <summary>Gives the profiles distinct ids.</summary>
    public static Gen<List<CandidateProfile>> WithIds(List<CandidateProfile> profiles)
        => Ids(profiles.Count).Select(ids => profiles.Select((p, i) => p with { Id = ids[i] }).ToList());

    /// <summary>Between 1 and 30 candidates with distinct ids, some with identical profiles (ties).</summary>
    public static Gen<List<CandidateProfile>> Candidates =>
        from n in Gen.Choose(1, 30)
        from list in Gen.ListOf(Candidate, n)
        from copies in Gen.Choose(0, Math.Min(4, n))
        from withIds in WithIds(list.Concat(list.Take(copies)).ToList())
        select withIds;

    private static Gen<Necessity> Need(int required, int preferred)
        => Gen.Frequency((required, Gen.Constant(Necessity.Required)), (preferred, Gen.Constant(Necessity.Preferred)));

    /// <summary>A language group: French, a local-language group, or a list of Malian languages.</summary>
    public static Gen<LanguageGroup> Group =>
        from kind in Gen.Choose(0, 3)
        from keys in Gen.NonEmptyListOf(Language).Select(l => l.Take(4).ToList())
        from need in Need(2, 1)
        from level in SometimesValue(Gen.Elements(LanguageLevel.Basic, LanguageLevel.Good, LanguageLevel.Fluent), 1, 3)
        select kind switch
        {
            0 => new LanguageGroup([LanguageKey.French], need, level),
            1 => new LanguageGroup([LanguageKey.Local], need, level),
            _ => new LanguageGroup(keys, need, level),
        };

    /// <summary>An experience requirement, sometimes counting relevant jobs only, sometimes with a scoped part.</summary>
    public static Gen<ExperienceRequirement> ExperienceRequirement =>
        from years in Gen.Elements(0.5, 1.0, 2.0, 3.0, 5.0, 6.0, 7.0)
        from need in Need(4, 1)
        from relevant in Gen.Elements(true, false)
        from domain in Sometimes(Gen.Elements("protection", "santé", "gestion de cas"), 1, 3)
        from scope in Gen.Choose(0, 3)
        select new ExperienceRequirement(years, need, relevant, domain, scope switch
        {
            0 => [new ScopedExperience(Math.Min(2, years), "en ONG internationale", OrganizationType.Ingo)],
            1 => [new ScopedExperience(Math.Min(1, years), "sur un poste similaire", SimilarPost: true)],
            _ => [],
        });

    /// <summary>A posting of a Malian NGO.</summary>
    public static Gen<Posting> Posting =>
        from title in Gen.Elements(Vocabulary.PostingTitles)
        from org in Gen.Elements("INTERSOS", "COOPI", "SOS Villages d'Enfants", "AMCP-SP/ALIMA")
        from reserved in Gen.Frequency((12, Gen.Constant<Sex?>(null)), (3, Gen.Constant<Sex?>(Sex.Female)), (1, Gen.Constant<Sex?>(Sex.Male)))
        from nationality in Sometimes(Gen.Constant("malienne"), 1, 5)
        from eduLevel in SometimesValue(Level, 9, 1)
        from eduFields in Some(Vocabulary.Fields, 3)
        from eduNeed in Need(4, 1)
        from hasEducation in Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false)))
        from experience in Sometimes(ExperienceRequirement, 6, 1)
        from groups in Gen.ListOf(Group).Select(l => l.Take(3).ToList())
        from licences in Some(Enum.GetValues<LicenceCategory>(), 1).SelectMany(l => Gen.CollectToList(l, c => Need(1, 1).Select(n => new LicenceRequirement(c, n))))
        from locations in Some(Vocabulary.Places, 2)
        from areas in Sometimes(Gen.NonEmptyListOf(Gen.Elements(Vocabulary.Places)).Select(l => l.Distinct().Take(3).ToList()), 1, 3)
        from areasNeed in Need(1, 2)
        from skills in Some(Vocabulary.Skills, 3)
        from deadline in SometimesValue(Gen.Choose(0, 700).Select(d => new DateOnly(2025, 1, 1).AddDays(d)), 3, 1)
        select new Posting
        {
            Title = title,
            Organization = org,
            ReservedTo = reserved,
            Nationality = nationality,
            Education = hasEducation ? new EducationRequirement(eduLevel, eduFields, eduNeed) : null,
            Experience = experience,
            Languages = groups,
            Licences = licences,
            Locations = locations,
            AreasToKnow = areas is null ? null : new AreaRequirement(areas, areasNeed),
            Skills = skills,
            Deadline = deadline,
        };
}
