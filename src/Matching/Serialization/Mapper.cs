using System.Globalization;
using Matching.Model;
using Matching.Scoring;

namespace Matching.Serialization;

/// <summary>Maps wire shapes to the model and back, collecting errors with the field that caused them.</summary>
internal sealed class Mapper
{
    private readonly string? _source;
    private string _item = "";

    public Mapper(string? source) => _source = source;

    public List<InputError> Errors { get; } = new();

    public void Fail(string? field, string message, string messageFr) => Errors.Add(new InputError(_source, _item, field, message) { MessageFr = messageFr });

    public void SetItem(string item) => _item = item;

    // ---------- postings ----------

    public Posting? ToPosting(PostingDto? d)
    {
        if (d is null) { Fail(null, "posting is null", "l'offre est null"); return null; }
        var before = Errors.Count;
        var contract = d.ContractType is null ? (ContractType?)null : ParseContract(d.ContractType);
        DateOnly? deadline = d.Deadline is null ? null : ParseDate(d.Deadline, "deadline");
        StartDate? start = null;
        if (d.StartDate is { } s)
        {
            if (string.Equals(s.Trim(), "immediate", StringComparison.OrdinalIgnoreCase)) start = StartDate.Immediate;
            else if (ParseDate(s, "startDate") is { } sd) start = StartDate.On(sd);
        }
        Sex? gender = d.Gender is null ? null : ParseSex(d.Gender, "gender");
        EducationRequirement? education = null;
        if (d.Education is { } e)
        {
            DiplomaLevel? level = null;
            if (e.MinLevel is not null)
            {
                if (DiplomaLevelExtensions.TryParseKey(e.MinLevel, out var l)) level = l;
                else Fail("education.minLevel", $"'{e.MinLevel}' is not a level (def, cap, bac, bac+2, bac+3, bac+4, bac+5, bac+8)", $"« {e.MinLevel} » n'est pas un niveau (def, cap, bac, bac+2, bac+3, bac+4, bac+5, bac+8)");
            }
            education = new EducationRequirement(level, Strings(e.Fields, "education.fields"), Need(e.Required));
        }
        ExperienceRequirement? experience = null;
        if (d.Experience is { } x)
        {
            var years = x.MinYears ?? double.NaN;
            if (x.MinYears is null) Fail("experience.minYears", "a number of years is required (0 where no length is asked)", "un nombre d'années est requis (0 si aucune durée n'est demandée)");
            else if (years is < 0 or > 60 || double.IsNaN(years)) Fail("experience.minYears", $"{years} is not a number of years between 0 and 60", $"{years} n'est pas un nombre d'années entre 0 et 60");
            else
            {
                var scoped = new List<ScopedExperience>();
                for (var i = 0; i < (x.Scoped?.Count ?? 0); i++)
                {
                    var sc = x.Scoped![i];
                    if (sc is null || sc.MinYears is not { } sy || sy < 0 || sy > 60) { Fail($"experience.scoped[{i}].minYears", "a number of years between 0 and 60 is required", "un nombre d'années entre 0 et 60 est requis"); continue; }
                    OrganizationType? ot = sc.OrgType is null ? null : ParseOrgType(sc.OrgType, $"experience.scoped[{i}].orgType");
                    scoped.Add(new ScopedExperience(sy, sc.Description ?? "", ot, sc.SimilarPost));
                }
                experience = new ExperienceRequirement(years, Need(x.Required), x.RelevantOnly, x.Domain, scoped);
            }
        }
        var languages = new List<LanguageGroup>();
        for (var i = 0; i < (d.Languages?.Count ?? 0); i++)
        {
            var g = d.Languages![i];
            var field = $"languages[{i}]";
            if (g?.AnyOf is not { Count: > 0 }) { Fail(field + ".anyOf", "a language group needs at least one language", "un groupe de langues demande au moins une langue"); continue; }
            var keys = new List<LanguageKey>();
            foreach (var k in g.AnyOf)
            {
                if (LanguageKey.TryParse(k, out var key) || LanguageKey.TryFromName(k, out key)) keys.Add(key);
                else Fail(field + ".anyOf", $"unknown language '{k}'", $"langue inconnue « {k} »");
            }
            LanguageLevel? min = null;
            if (g.MinLevel is not null)
            {
                if (LanguageLevelExtensions.TryParseKey(g.MinLevel, out var ml)) min = ml;
                else Fail(field + ".minLevel", $"'{g.MinLevel}' is not a level (basic, good, fluent, native)", $"« {g.MinLevel} » n'est pas un niveau (basic, good, fluent, native)");
            }
            var modes = LanguageModes.None;
            foreach (var m in g.Modes ?? new List<string?>())
            {
                if (Enum.TryParse<LanguageModes>(m, ignoreCase: true, out var mode) && mode != LanguageModes.None) modes |= mode;
                else Fail(field + ".modes", $"'{m}' is not a mode (read, spoken, written)", $"« {m} » n'est pas un mode (read, spoken, written)");
            }
            if (keys.Count > 0) languages.Add(new LanguageGroup(keys, Need(g.Required), min, modes));
        }
        var licences = new List<LicenceRequirement>();
        for (var i = 0; i < (d.Licences?.Count ?? 0); i++)
        {
            var l = d.Licences![i];
            if (l is null) { Fail($"licences[{i}]", "entry is null (an object {\"category\": \"B\", \"required\": true} was expected)", "entrée null (un objet {\"category\": \"B\", \"required\": true} était attendu)"); continue; }
            if (ParseLicence(l.Category, $"licences[{i}].category") is not { } cat) continue;
            licences.Add(new LicenceRequirement(cat, Need(l.Required)));
        }
        AreaRequirement? areas = null;
        if (d.AreasToKnow is { } a)
        {
            var list = Strings(a.Areas, "areasToKnow.areas");
            if (list.Count == 0) Fail("areasToKnow.areas", "at least one area is required", "au moins une zone est requise");
            else areas = new AreaRequirement(list, Need(a.Required));
        }
        if (d.Positions is <= 0) Fail("positions", $"{d.Positions} is not a number of posts", $"{d.Positions} n'est pas un nombre de postes");
        if (d.DurationMonths is { } dm && (dm < 0 || dm > 600 || double.IsNaN(dm))) Fail("durationMonths", $"{dm} is not a duration in months", $"{dm} n'est pas une durée en mois");
        var locations = Strings(d.Locations, "locations");
        var skills = Strings(d.Skills, "skills");
        if (Errors.Count > before) return null;
        return new Posting
        {
            Title = d.Title ?? "",
            Organization = d.Organization,
            Positions = d.Positions,
            Locations = locations,
            ContractType = contract,
            DurationMonths = d.DurationMonths,
            Start = start,
            Deadline = deadline,
            ReservedTo = gender,
            WomenEncouraged = d.WomenEncouraged ?? false,
            Education = education,
            Experience = experience,
            Languages = languages,
            Licences = licences,
            AreasToKnow = areas,
            Nationality = d.Nationality,
            Skills = skills,
        };
    }

    public static PostingDto FromPosting(Posting p) => new()
    {
        Title = p.Title,
        Organization = p.Organization,
        Positions = p.Positions,
        Locations = p.Locations.ToList<string?>(),
        ContractType = p.ContractType switch
        {
            ContractType.Cdd => "CDD",
            ContractType.Cdi => "CDI",
            ContractType.Stage => "stage",
            ContractType.Consultance => "consultance",
            ContractType.Volontariat => "volontariat",
            _ => null,
        },
        DurationMonths = p.DurationMonths,
        StartDate = p.Start?.ToString(),
        Deadline = p.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Gender = p.ReservedTo switch { Sex.Female => "female", Sex.Male => "male", _ => null },
        WomenEncouraged = p.WomenEncouraged,
        Education = p.Education is { } e ? new EducationRequirementDto { MinLevel = e.MinLevel?.ToKey(), Fields = e.Fields.ToList<string?>(), Required = e.Necessity == Necessity.Required } : null,
        Experience = p.Experience is { } x ? new ExperienceRequirementDto
        {
            MinYears = x.MinYears,
            Required = x.Necessity == Necessity.Required,
            RelevantOnly = x.RelevantOnly,
            Domain = x.Domain,
            Scoped = x.Scoped.Count == 0 ? null : x.Scoped.Select(s => (ScopedExperienceDto?)new ScopedExperienceDto { MinYears = s.MinYears, Description = s.Description, OrgType = s.OrganizationType is { } t ? OrgTypeKey(t) : null, SimilarPost = s.SimilarPost }).ToList(),
        } : null,
        Languages = p.Languages.Select(g => (LanguageGroupDto?)new LanguageGroupDto
        {
            AnyOf = g.AnyOf.Select(k => (string?)k.Value).ToList(),
            Required = g.Necessity == Necessity.Required,
            MinLevel = g.MinLevel?.ToKey(),
            Modes = g.Modes == LanguageModes.None ? null : Enum.GetValues<LanguageModes>().Where(m => m != LanguageModes.None && g.Modes.HasFlag(m)).Select(m => (string?)m.ToString().ToLowerInvariant()).ToList(),
        }).ToList(),
        Licences = p.Licences.Select(l => (LicenceRequirementDto?)new LicenceRequirementDto { Category = l.Category.ToString(), Required = l.Necessity == Necessity.Required }).ToList(),
        Skills = p.Skills.ToList<string?>(),
        AreasToKnow = p.AreasToKnow is { } a ? new AreaRequirementDto { Areas = a.Areas.ToList<string?>(), Required = a.Necessity == Necessity.Required } : null,
        Nationality = p.Nationality,
    };

    // ---------- candidates ----------

    public CandidateProfile? ToCandidate(CandidateDto d)
    {
        var before = Errors.Count;
        if (string.IsNullOrWhiteSpace(d.Id)) { Fail("id", "id is required", "l'identifiant (id) est requis"); return null; }
        Sex? gender = d.Gender is null ? null : ParseSex(d.Gender, "gender");
        List<EducationEntry>? education = null;
        if (d.Education is { } eds)
        {
            education = new();
            for (var i = 0; i < eds.Count; i++)
            {
                var e = eds[i];
                if (e is null) { Fail($"education[{i}]", "entry is null", "entrée null"); continue; }
                DiplomaLevel? level = null;
                if (e.Level is not null)
                {
                    if (DiplomaLevelExtensions.TryParseKey(e.Level, out var l)) level = l;
                    else Fail($"education[{i}].level", $"'{e.Level}' is not a level (def, cap, bac, bac+2, bac+3, bac+4, bac+5, bac+8)", $"« {e.Level} » n'est pas un niveau (def, cap, bac, bac+2, bac+3, bac+4, bac+5, bac+8)");
                }
                education.Add(new EducationEntry(level, e.Field, e.Title));
            }
        }
        List<ExperienceEntry>? experience = null;
        if (d.Experience is { } xs)
        {
            experience = new();
            for (var i = 0; i < xs.Count; i++)
            {
                var x = xs[i];
                var f = $"experience[{i}]";
                if (x is null) { Fail(f, "entry is null", "entrée null"); continue; }
                YearMonth? start = null, end = null;
                if (x.Start is not null)
                {
                    if (YearMonth.TryParse(x.Start, out var s)) start = s;
                    else Fail(f + ".start", $"'{x.Start}' is not a month (YYYY-MM)", $"« {x.Start} » n'est pas un mois (AAAA-MM)");
                }
                if (x.End is not null)
                {
                    if (YearMonth.TryParse(x.End, out var en)) end = en;
                    else Fail(f + ".end", $"'{x.End}' is not a month (YYYY-MM)", $"« {x.End} » n'est pas un mois (AAAA-MM)");
                }
                if (start is { } s2 && end is { } e2 && e2.CompareTo(s2) < 0) Fail(f + ".end", $"ends ({e2}) before it starts ({s2})", $"finit ({e2}) avant de commencer ({s2})");
                if (end is not null && start is null) Fail(f + ".start", "an end is given without a start", "une fin est donnée sans début");
                if (x.Months is { } m && (m < 0 || m > 720)) Fail(f + ".months", $"{m} is not a number of months between 0 and 720", $"{m} n'est pas un nombre de mois entre 0 et 720");
                OrganizationType? ot = x.OrgType is null ? null : ParseOrgType(x.OrgType, f + ".orgType");
                if (Errors.Count > before) continue;
                experience.Add(new ExperienceEntry { Title = x.Title, Organization = x.Organization, OrganizationType = ot, Domain = x.Domain, Months = x.Months, Start = start, End = end });
            }
        }
        List<LanguageSkill>? languages = null;
        if (d.Languages is { } ls)
        {
            languages = new();
            for (var i = 0; i < ls.Count; i++)
            {
                var l = ls[i];
                if (l is null) { Fail($"languages[{i}]", "entry is null", "entrée null"); continue; }
                if (!(LanguageKey.TryParse(l.Key, out var key) || LanguageKey.TryFromName(l.Key, out key)))
                {
                    Fail($"languages[{i}].key", $"unknown language '{l.Key}'", $"langue inconnue « {l.Key} »");
                    continue;
                }
                LanguageLevel? level = null;
                if (l.Level is not null)
                {
                    if (LanguageLevelExtensions.TryParseKey(l.Level, out var lv)) level = lv;
                    else Fail($"languages[{i}].level", $"'{l.Level}' is not a level (basic, good, fluent, native)", $"« {l.Level} » n'est pas un niveau (basic, good, fluent, native)");
                }
                languages.Add(new LanguageSkill(key, level));
            }
        }
        List<LicenceCategory>? licences = null;
        if (d.Licences is { } lic)
        {
            licences = new();
            for (var i = 0; i < lic.Count; i++)
                if (ParseLicence(lic[i], $"licences[{i}]") is { } c) licences.Add(c);
        }
        var areasKnown = d.AreasKnown is null ? null : Strings(d.AreasKnown, "areasKnown");
        var skills = d.Skills is null ? null : Strings(d.Skills, "skills");
        if (Errors.Count > before) return null;
        return new CandidateProfile(d.Id)
        {
            Name = d.Name,
            Gender = gender,
            Nationality = d.Nationality,
            Home = d.Home,
            AreasKnown = areasKnown,
            Education = education,
            Experience = experience,
            Languages = languages,
            Licences = licences,
            Skills = skills,
        };
    }

    public static CandidateDto FromCandidate(CandidateProfile c) => new()
    {
        Id = c.Id,
        Name = c.Name,
        Gender = c.Gender switch { Sex.Female => "female", Sex.Male => "male", _ => null },
        Nationality = c.Nationality,
        Home = c.Home,
        AreasKnown = c.AreasKnown?.ToList<string?>(),
        Education = c.Education?.Select(e => (EducationEntryDto?)new EducationEntryDto { Level = e.Level?.ToKey(), Field = e.Field, Title = e.Title }).ToList(),
        Experience = c.Experience?.Select(x => (ExperienceEntryDto?)new ExperienceEntryDto
        {
            Title = x.Title,
            Organization = x.Organization,
            OrgType = x.OrganizationType is { } t ? OrgTypeKey(t) : null,
            Domain = x.Domain,
            Start = x.Start?.ToString(),
            End = x.End?.ToString(),
            Months = x.Months,
        }).ToList(),
        Languages = c.Languages?.Select(l => (LanguageSkillDto?)new LanguageSkillDto { Key = l.Language.Value, Level = l.Level?.ToKey() }).ToList(),
        Licences = c.Licences?.Select(l => (string?)l.ToString()).ToList(),
        Skills = c.Skills?.ToList<string?>(),
    };

    // ---------- rankings ----------

    public static RankingDto FromRanking(Ranking r) => new()
    {
        Posting = new RankedPostingDto
        {
            Title = r.Posting.Title,
            Organization = r.Posting.Organization,
            Locations = r.Posting.Locations.ToList(),
            Deadline = r.Posting.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        },
        ReferenceDate = r.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IsOpen = r.IsOpen,
        CandidateCount = r.CandidateCount,
        EligibleCount = r.EligibleCount,
        Results = r.Results.Select(x => new ResultDto
        {
            Rank = x.Rank,
            Id = x.Id,
            Score = Math.Round(x.Score, 4),
            Eligible = x.Eligible,
            NearMiss = x.NearMiss,
            NeedsReview = x.NeedsReview,
            MissedRequired = x.MissedRequired,
            Summary = x.Summary,
            Criteria = x.Criteria.Select(c => new CriterionDto
            {
                Criterion = CompiledPosting.Key(c.Kind),
                Required = c.Necessity == Necessity.Required,
                Outcome = c.Outcome switch { Outcome.Met => "met", Outcome.Partial => "partial", Outcome.NotMet => "notMet", _ => "unknown" },
                Score = Math.Round(c.Score, 4),
                Weight = Math.Round(c.Weight, 4),
                NearMiss = c.NearMiss,
                Expected = c.Expected,
                Observed = c.Observed,
                Explanation = c.Sentence,
            }).ToList(),
        }).ToList(),
    };

    // ---------- weights ----------

    public MatchWeights ToWeights(WeightsDto d)
    {
        var w = MatchWeights.Default;
        double Check(double? v, double fallback, string field)
        {
            if (v is not { } x) return fallback;
            if (x < 0 || x > 1000 || double.IsNaN(x)) { Fail(field, $"{x} is not a weight (a number from 0 to 1000)", $"{x} n'est pas un poids (un nombre de 0 à 1000)"); return fallback; }
            return x;
        }
        return new MatchWeights
        {
            Education = Check(d.Education, w.Education, "education"),
            Experience = Check(d.Experience, w.Experience, "experience"),
            Languages = Check(d.Languages, w.Languages, "languages"),
            Licences = Check(d.Licences, w.Licences, "licences"),
            Location = Check(d.Location, w.Location, "location"),
            Areas = Check(d.Areas, w.Areas, "areas"),
            Skills = Check(d.Skills, w.Skills, "skills"),
            Gender = Check(d.Gender, w.Gender, "gender"),
            Nationality = Check(d.Nationality, w.Nationality, "nationality"),
        };
    }

    public static WeightsDto FromWeights(MatchWeights w) => new()
    {
        Education = w.Education, Experience = w.Experience, Languages = w.Languages, Licences = w.Licences,
        Location = w.Location, Areas = w.Areas, Skills = w.Skills, Gender = w.Gender, Nationality = w.Nationality,
    };

    // ---------- scalars ----------

    private static Necessity Need(bool? required) => required == false ? Necessity.Preferred : Necessity.Required;

    private List<string> Strings(List<string?>? list, string field)
    {
        var result = new List<string>();
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            if (string.IsNullOrWhiteSpace(list![i])) Fail($"{field}[{i}]", "empty value", "valeur vide");
            else result.Add(list[i]!);
        }
        return result;
    }

    private DateOnly? ParseDate(string s, string field)
    {
        if (DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Fail(field, $"'{s}' is not a date (YYYY-MM-DD)", $"« {s} » n'est pas une date (AAAA-MM-JJ)");
        return null;
    }

    private Sex? ParseSex(string s, string field)
    {
        switch (s.Trim().ToLowerInvariant())
        {
            case "female": case "f": return Sex.Female;
            case "male": case "m": return Sex.Male;
            default: Fail(field, $"'{s}' is not a sex (female, male)", $"« {s} » n'est pas un sexe (female, male)"); return null;
        }
    }

    private ContractType? ParseContract(string s)
    {
        switch (s.Trim().ToLowerInvariant())
        {
            case "cdd": return ContractType.Cdd;
            case "cdi": return ContractType.Cdi;
            case "stage": return ContractType.Stage;
            case "consultance": return ContractType.Consultance;
            case "volontariat": return ContractType.Volontariat;
            default: Fail("contractType", $"'{s}' is not a contract type (CDD, CDI, stage, consultance, volontariat)", $"« {s} » n'est pas un type de contrat (CDD, CDI, stage, consultance, volontariat)"); return null;
        }
    }

    private OrganizationType? ParseOrgType(string s, string field)
    {
        if (Enum.TryParse<OrganizationType>(s.Trim(), ignoreCase: true, out var t) && Enum.IsDefined(t) && !int.TryParse(s, out _)) return t;
        Fail(field, $"'{s}' is not an organisation type (ingo, ngo, un, government, private)", $"« {s} » n'est pas un type d'organisation (ingo, ngo, un, government, private)");
        return null;
    }

    private static string OrgTypeKey(OrganizationType t) => t.ToString().ToLowerInvariant();

    private LicenceCategory? ParseLicence(string? s, string field)
    {
        if (s is not null && s.Trim().Length == 1 && Enum.TryParse<LicenceCategory>(s.Trim(), ignoreCase: true, out var c) && Enum.IsDefined(c)) return c;
        Fail(field, $"'{s}' is not a licence category (A, B, C, D, E)", $"« {s} » n'est pas une catégorie de permis (A, B, C, D, E)");
        return null;
    }
}
