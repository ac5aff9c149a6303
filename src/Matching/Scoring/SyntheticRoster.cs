using System.Globalization;
using Matching.Model;

namespace Matching.Scoring;

/// <summary>
/// Synthetic candidate profiles shaped like a national roster of Mali, for benchmarks, load
/// tests and property tests: diploma levels (many bac to bac+3, fewer bac+5, rare doctorates),
/// the usual fields of study, up to fifteen years of jobs with NGOs, the UN, the state and private
/// firms under the titles of the job families, dated and undated, overlapping and ongoing; French,
/// Bambara and the other languages of the country with levels; licences; real towns as homes;
/// and about one field in eight left unknown. No real person is described.
/// </summary>
/// <remarks>
/// Deterministic: the same seed gives the same roster on every run, machine and runtime, as
/// profile i depends only on (seed, i) through a fixed generator (PCG32), never on
/// <see cref="Random"/>. Dates fall before February 2026.
/// </remarks>
public static class SyntheticRoster
{
    private static readonly ((DiplomaLevel Level, string Name) Value, int Weight)[] Levels =
    [
        ((DiplomaLevel.Def, "DEF"), 7), ((DiplomaLevel.Cap, "CAP"), 6), ((DiplomaLevel.Bac, "Baccalauréat"), 18),
        ((DiplomaLevel.Bac2, "BTS"), 20), ((DiplomaLevel.Bac3, "Licence"), 23), ((DiplomaLevel.Bac4, "Maîtrise"), 10),
        ((DiplomaLevel.Bac5, "Master"), 13), ((DiplomaLevel.Bac8, "Doctorat"), 3),
    ];

    private static readonly (string Field, int Weight)[] Fields =
    [
        ("travail social", 12), ("sociologie", 10), ("psychologie", 7), ("santé publique", 7), ("sciences de la santé", 6),
        ("soins infirmiers", 5), ("économie", 9), ("gestion", 9), ("comptabilité", 7), ("agronomie", 6), ("droit", 7),
        ("sciences de l'éducation", 4), ("lettres modernes", 3), ("géographie", 2), ("informatique", 3), ("génie civil", 2),
        ("développement communautaire", 3), ("anthropologie", 2), ("nutrition", 2), ("statistique", 2), ("gestion de projet", 3),
    ];

    private static readonly ((string Title, string? Domain) Value, int Weight)[] Jobs =
    [
        (("Gestionnaire de cas", "VBG"), 6), (("Agent de protection", "protection"), 6), (("Travailleur social", null), 5),
        (("Assistante sociale", null), 4), (("Chargé de protection", "protection de l'enfance"), 3), (("Animateur communautaire", null), 7),
        (("Mobilisatrice communautaire", "sensibilisation"), 4), (("Conseiller psychosocial", "santé mentale"), 3), (("Psychologue", null), 2),
        (("Infirmier", "santé"), 5), (("Sage-femme", "santé de la reproduction"), 3), (("Agent de santé communautaire", null), 3),
        (("Superviseur nutrition", "nutrition"), 3), (("Technicien WASH", "eau hygiène et assainissement"), 3), (("Enseignant", "éducation"), 5),
        (("Agent de sécurité alimentaire", "moyens d'existence"), 3), (("Agronome", null), 2), (("Assistant suivi évaluation", "MEAL"), 3),
        (("Logisticien", null), 3), (("Chauffeur", null), 3), (("Magasinier", null), 2), (("Comptable", "finance"), 4), (("Caissière", null), 2),
        (("Assistant administratif", null), 3), (("Secrétaire", null), 2), (("Coordinateur de projet", null), 2), (("Chef d'équipe", "protection"), 2),
        (("Superviseur", null), 2), (("Enquêteur", "collecte de données"), 3), (("Stagiaire", null), 3), (("Commerçant", null), 2), (("Consultant", null), 1),
    ];

    private static readonly ((string Name, OrganizationType? Type) Value, int Weight)[] Employers =
    [
        (("INTERSOS", OrganizationType.Ingo), 4), (("COOPI", OrganizationType.Ingo), 4), (("ALIMA", OrganizationType.Ingo), 3),
        (("SOS Villages d'Enfants", OrganizationType.Ingo), 3), (("IRC", OrganizationType.Ingo), 3), (("NRC", OrganizationType.Ingo), 2),
        (("Save the Children", OrganizationType.Ingo), 3), (("Plan International", OrganizationType.Ingo), 2), (("Médecins du Monde", OrganizationType.Ingo), 2),
        (("UNICEF", OrganizationType.Un), 3), (("HCR", OrganizationType.Un), 2), (("PAM", OrganizationType.Un), 2), (("UNFPA", OrganizationType.Un), 1),
        (("AMSS", OrganizationType.Ngo), 4), (("Tassaght", OrganizationType.Ngo), 2), (("ASDAP", OrganizationType.Ngo), 3), (("GREFFA", OrganizationType.Ngo), 2),
        (("Association des femmes de Ségou", OrganizationType.Ngo), 2), (("CSCOM", OrganizationType.Government), 4), (("Mairie", OrganizationType.Government), 3),
        (("Direction régionale de la santé", OrganizationType.Government), 2), (("Académie d'enseignement", OrganizationType.Government), 2),
        (("Orange Mali", OrganizationType.Private), 1), (("Cabinet d'études", OrganizationType.Private), 2), (("Boutique familiale", OrganizationType.Private), 2),
        (("Projet communautaire", null), 3),
    ];

    private static readonly (string Town, int Weight)[] Towns =
    [
        ("Bamako", 30), ("Sikasso", 8), ("Ségou", 8), ("Mopti", 7), ("Sévaré", 4), ("Kayes", 6), ("Koulikoro", 4), ("Kati", 4),
        ("Tombouctou", 4), ("Gao", 5), ("Kidal", 1), ("Ménaka", 1), ("Bandiagara", 3), ("Djenné", 2), ("San", 3), ("Koutiala", 5),
        ("Bougouni", 4), ("Kolondiéba", 2), ("Kadiolo", 1), ("Yanfolila", 1), ("Kita", 3), ("Nioro du Sahel", 2), ("Diéma", 1),
        ("Kéniéba", 1), ("Bafoulabé", 1), ("Dioïla", 2), ("Banamba", 1), ("Nara", 1), ("Niono", 2), ("Macina", 1), ("Bla", 1),
        ("Tominian", 1), ("Douentza", 2), ("Bankass", 1), ("Koro", 2), ("Ténenkou", 1), ("Youwarou", 1), ("Diré", 1), ("Goundam", 1),
        ("Niafunké", 1), ("Ansongo", 1), ("Bourem", 1), ("Yorosso", 1), ("Fana", 1), ("Kalaban Coro", 2),
    ];

    private static readonly (string Key, int Weight)[] LocalLanguages =
    [
        ("fula", 12), ("songhay", 8), ("dogon", 6), ("tamasheq", 4), ("soninke", 6), ("senufo", 5), ("bozo", 2),
        ("maninka", 5), ("khassonke", 2), ("minyanka", 3), ("bomu", 2), ("hassaniya", 1), ("dyula", 2),
    ];

    private static readonly (string Tool, int Weight)[] Tools =
    [
        ("word", 10), ("excel", 9), ("powerpoint", 5), ("internet", 8), ("outlook", 3), ("office", 4), ("kobo", 3),
        ("spss", 2), ("access", 1), ("dhis2", 2), ("stata", 1), ("arcgis", 1), ("odk", 2), ("sage", 1),
    ];

    private const int ReferenceMonth = (2026 - 1900) * 12; // January 2026

    /// <summary>Generates a roster.</summary>
    /// <param name="count">How many profiles.</param>
    /// <param name="seed">The seed; the same seed gives the same roster.</param>
    /// <returns>The profiles, ids "C0000000", "C0000001" …</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IReadOnlyList<CandidateProfile> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var list = new CandidateProfile[count];
        for (var i = 0; i < count; i++) list[i] = Profile(seed, i);
        return list;
    }

    /// <summary>Generates a roster lazily, one profile at a time: profile i is the same as <see cref="Generate"/>'s.</summary>
    /// <param name="count">How many profiles.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The profiles, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static IEnumerable<CandidateProfile> Stream(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Iterate(count, seed);
    }

    private static IEnumerable<CandidateProfile> Iterate(int count, int seed)
    {
        for (var i = 0; i < count; i++) yield return Profile(seed, i);
    }

    /// <summary>Profile <paramref name="index"/> of the roster of <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="index">The profile's position, from 0.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static CandidateProfile Profile(int seed, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var rng = new Pcg32(((ulong)(uint)seed << 32) | (uint)index, 0x4d595df4d0f33173UL ^ (ulong)(uint)seed);
        var id = "C" + index.ToString("D7", CultureInfo.InvariantCulture);
        var female = rng.Chance(0.45);
        var home = rng.Chance(0.1) ? null : Pick(ref rng, Towns);
        return new CandidateProfile(id)
        {
            Gender = rng.Chance(0.08) ? null : female ? Sex.Female : Sex.Male,
            Nationality = rng.Chance(0.15) ? null : rng.Chance(0.97) ? "malienne" : rng.Chance(0.5) ? "burkinabè" : "nigérienne",
            Home = home,
            AreasKnown = rng.Chance(0.25) ? null : Areas(ref rng, home),
            Education = rng.Chance(0.1) ? null : Education(ref rng),
            Experience = rng.Chance(0.12) ? null : Experience(ref rng),
            Languages = rng.Chance(0.1) ? null : Languages(ref rng),
            Licences = rng.Chance(0.2) ? null : Licences(ref rng),
            Skills = rng.Chance(0.2) ? null : Skills(ref rng),
        };
    }

    private static string[] Areas(ref Pcg32 rng, string? home)
    {
        var n = rng.Next(4);
        var list = new List<string>(n + 1);
        if (home is not null && rng.Chance(0.6)) list.Add(home);
        for (var i = 0; i < n; i++)
        {
            var t = Pick(ref rng, Towns);
            if (!list.Contains(t)) list.Add(t);
        }
        return list.ToArray();
    }

    private static EducationEntry[] Education(ref Pcg32 rng)
    {
        var (topLevel, topName) = Pick(ref rng, Levels);
        var n = topLevel >= DiplomaLevel.Bac3 && rng.Chance(0.5) ? 2 : rng.Chance(0.07) ? 0 : 1;
        var list = new EducationEntry[n];
        var field = Pick(ref rng, Fields);
        for (var i = 0; i < n; i++)
        {
            var (level, name) = i == 0 ? (topLevel, topName) : Levels[Math.Max(2, (int)topLevel - 3)].Value;
            var f = i == 0 || rng.Chance(0.6) ? field : Pick(ref rng, Fields);
            if (level <= DiplomaLevel.Bac) list[i] = new EducationEntry(level, null, name);
            else if (rng.Chance(0.08)) list[i] = new EducationEntry(null, f, $"Diplôme en {f}");
            else if (rng.Chance(0.1)) list[i] = new EducationEntry(level, null, $"{name} en {f}");
            else list[i] = new EducationEntry(level, f, rng.Chance(0.5) ? $"{name} en {f}" : null);
        }
        return list;
    }

    private static ExperienceEntry[] Experience(ref Pcg32 rng)
    {
        // Years of experience: many beginners, a long tail to fifteen years.
        var years = rng.Chance(0.15) ? 0 : Math.Min(15, (int)(rng.NextDouble() * rng.NextDouble() * 17));
        if (years == 0 && rng.Chance(0.5)) return [];
        var jobs = Math.Clamp(1 + years / 3 + rng.Next(2), 1, 6);
        var list = new ExperienceEntry[jobs];
        var month = ReferenceMonth - years * 12 - rng.Next(12);
        var family = Pick(ref rng, Jobs);
        for (var j = 0; j < jobs; j++)
        {
            var (title, domain) = rng.Chance(0.6) ? family : Pick(ref rng, Jobs);
            var (org, type) = Pick(ref rng, Employers);
            var length = Math.Max(1, (years * 12 + 6) / jobs + rng.Next(9) - 4);
            var last = j == jobs - 1;
            var entry = new ExperienceEntry
            {
                Title = rng.Chance(0.03) ? null : title,
                Domain = rng.Chance(0.5) ? domain : null,
                Organization = org,
                OrganizationType = type,
            };
            if (rng.Chance(0.15)) entry = entry with { Months = Math.Min(720, length) };
            else if (rng.Chance(0.02)) { /* neither dates nor length: counts nothing */ }
            else
            {
                var start = Math.Clamp(month, 0, ReferenceMonth);
                var end = start + length - 1;
                var open = last && rng.Chance(0.4);
                entry = entry with
                {
                    Start = Month(start),
                    End = open ? null : Month(Math.Min(end, ReferenceMonth)),
                };
            }
            list[j] = entry;
            // The next job starts after a gap, or overlaps this one.
            month += length + (rng.Chance(0.2) ? -rng.Next(6) - 1 : rng.Next(5));
        }
        return list;
    }

    private static YearMonth Month(int index) => new(1900 + index / 12, index % 12 + 1);

    private static LanguageSkill[] Languages(ref Pcg32 rng)
    {
        var list = new List<LanguageSkill>(4);
        if (rng.Chance(0.93)) list.Add(new LanguageSkill(LanguageKey.French, Level(ref rng, 0.1, fluentBias: true)));
        if (rng.Chance(0.75)) list.Add(new LanguageSkill(LanguageKey.Parse("bambara"), Level(ref rng, 0.15, fluentBias: true)));
        var locals = rng.Next(3);
        for (var i = 0; i < locals; i++)
        {
            var key = LanguageKey.Parse(Pick(ref rng, LocalLanguages));
            if (!list.Exists(s => s.Language == key)) list.Add(new LanguageSkill(key, Level(ref rng, 0.25, fluentBias: rng.Chance(0.5))));
        }
        if (rng.Chance(0.2)) list.Add(new LanguageSkill(LanguageKey.English, Level(ref rng, 0.2, fluentBias: false)));
        if (rng.Chance(0.05)) list.Add(new LanguageSkill(LanguageKey.Parse("arabic"), Level(ref rng, 0.3, fluentBias: false)));
        return list.ToArray();
    }

    private static LanguageLevel? Level(ref Pcg32 rng, double unstated, bool fluentBias)
    {
        if (rng.Chance(unstated)) return null;
        var r = rng.NextDouble();
        return fluentBias
            ? r < 0.1 ? LanguageLevel.Basic : r < 0.3 ? LanguageLevel.Good : r < 0.7 ? LanguageLevel.Fluent : LanguageLevel.Native
            : r < 0.45 ? LanguageLevel.Basic : r < 0.8 ? LanguageLevel.Good : LanguageLevel.Fluent;
    }

    private static LicenceCategory[] Licences(ref Pcg32 rng)
    {
        var list = new List<LicenceCategory>(2);
        if (rng.Chance(0.35)) list.Add(LicenceCategory.A);
        if (rng.Chance(0.3)) list.Add(LicenceCategory.B);
        if (rng.Chance(0.03)) list.Add(LicenceCategory.C);
        return list.ToArray();
    }

    private static string[] Skills(ref Pcg32 rng)
    {
        var n = rng.Next(6);
        var list = new List<string>(n);
        for (var i = 0; i < n; i++)
        {
            var t = Pick(ref rng, Tools);
            if (!list.Contains(t)) list.Add(t);
        }
        return list.ToArray();
    }

    private static T Pick<T>(ref Pcg32 rng, (T Value, int Weight)[] table)
    {
        var total = 0;
        foreach (var t in table) total += t.Weight;
        var r = rng.Next(total);
        foreach (var t in table)
        {
            r -= t.Weight;
            if (r < 0) return t.Value;
        }
        return table[^1].Value;
    }

    /// <summary>PCG32 (O'Neill, XSH RR): a small generator whose output is fixed by its definition.</summary>
    private struct Pcg32
    {
        private ulong _state;
        private readonly ulong _increment;

        public Pcg32(ulong seed, ulong stream)
        {
            _increment = (stream << 1) | 1;
            _state = 0;
            NextUInt();
            _state += seed;
            NextUInt();
        }

        public uint NextUInt()
        {
            var old = _state;
            _state = unchecked(old * 6364136223846793005UL + _increment);
            var xorshifted = (uint)(((old >> 18) ^ old) >> 27);
            var rot = (int)(old >> 59);
            return (xorshifted >> rot) | (xorshifted << (-rot & 31));
        }

        /// <summary>Uniform in [0, bound), by multiply-shift (bias below 2^-32·bound, irrelevant here).</summary>
        public int Next(int bound) => (int)(((ulong)NextUInt() * (ulong)bound) >> 32);

        public double NextDouble() => NextUInt() / 4294967296.0;

        public bool Chance(double p) => NextDouble() < p;
    }
}
