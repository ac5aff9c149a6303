using System.Collections.Concurrent;
using Matching.Explanations;
using Matching.Internal;
using Matching.Model;
using Matching.Places;

namespace Matching.Scoring;

/// <summary>
/// A roster prepared once for ranking against many postings: a compact, columnar copy of what
/// scoring reads. Each profile keeps a few integers: the id of its diploma list, its language
/// list, its tools, its place (home and areas known) and its other facts (sex, nationality,
/// licences) among the distinct values of the roster, and its jobs as small numbers. A ranking
/// scores each distinct value once per posting, then every profile by table look-ups, on every
/// core, keeping only the best k. Its data never changes (it keeps, for a few postings, what depends only on their texts:
/// job relevance and diploma field parts); safe for concurrent rankings.
/// </summary>
/// <remarks>
/// <see cref="Rank"/> returns exactly what <see cref="Matcher.Rank(IEnumerable{CandidateProfile}, Posting, MatchOptions)"/>
/// returns for the same profiles with <see cref="MatchOptions.Top"/> set: the same scores to the bit,
/// order, eligibility and explanations (the k results are explained from the original profiles).
/// </remarks>
/// <example>
/// <code>
/// var index = CandidateIndex.Build(roster);
/// var shortlist = index.Rank(posting, 50, new MatchOptions { ReferenceDate = new DateOnly(2026, 2, 21) });
/// </code>
/// </example>
public sealed class CandidateIndex
{
    private const int ParallelThreshold = 32_768;

    /// <summary>How many postings' job relevances (and diploma field parts) are kept.</summary>
    private const int RelevanceKept = 16;

    /// <summary>Language states a table evaluates by pair: unstated (1) | stated (2) | best level &lt;&lt; 2, levels 0 to 7.</summary>
    private const int States = 32;

    /// <summary>From how many results explanations are written on two cores.</summary>
    private const int ParallelExplain = 16;

    private readonly CandidateProfile[] _profiles;
    private readonly Gazetteer _gazetteer;

    // Per profile: ids of distinct values.
    private readonly int[] _education;
    private readonly int[] _languages;
    private readonly int[] _skills;
    private readonly int[] _facts;
    private readonly int[] _places;

    // Per profile: its jobs, jobs[_jobOffsets[i] .. _jobOffsets[i + 1]]; experience unknown where flagged.
    private readonly int[] _jobOffsets;
    private readonly bool[] _experienceUnknown;
    // A job as two numbers: a job given as a length of m months is (-2 - m, 0); a dated one is
    // (start month, end month), -1 where absent (month indices since 1900 fit a short).
    // Packed in one long, read together: from in bits 0-15, to in bits 16-31, the job kind above.
    private readonly long[] _jobs;

    // Per distinct (sex, nationality, licences): a profile that holds it; its evaluation is every holder's.
    private readonly int[] _factHolder;

    // Diplomas: each distinct list as (field or title, level) pairs, -1 for none.
    private readonly int[] _educationPool;
    private readonly int[] _educationOffsets;
    private readonly string[] _educationTexts;

    // Tools: each distinct set as (tool, 0) pairs.
    private readonly int[] _skillPool;
    private readonly int[] _skillOffsets;
    private readonly string[] _skillTexts;

    // Languages: each distinct list as (language, state) pairs, state = unstated (1) | stated (2) | best level << 2.
    private readonly int[] _languagePool;
    private readonly int[] _languageOffsets;
    private readonly LanguageKey[] _languageKeys;

    // Places: distinct names, their resolutions at build, and each distinct place value.
    private readonly string[] _names;
    private readonly PlaceResolution?[] _resolved;
    private readonly int[] _placeHome;
    private readonly int[] _placeAreaOffsets;
    private readonly int[] _placeAreaNames;
    private readonly bool[] _placeAreasUnknown;

    // Job kinds (title, domain, organisation type): an entry holding each, and its organisation type.
    private readonly ExperienceEntry[] _jobKinds;
    private readonly int[] _jobKindOrganization;

    // The relevance of each job kind, by posting judged (see ExperienceRelevance.Key); a few kept.
    private readonly ConcurrentDictionary<string, double[]> _relevance = new(StringComparer.Ordinal);

    // The field part of each diploma text, by fields asked (see EducationCriterion.FieldKey); a few kept.
    private readonly ConcurrentDictionary<string, double[]> _fieldParts = new(StringComparer.Ordinal);

    private CandidateIndex(IReadOnlyList<CandidateProfile> profiles, Gazetteer gazetteer)
    {
        var n = profiles.Count;
        _gazetteer = gazetteer;
        _profiles = new CandidateProfile[n];
        _education = new int[n];
        _languages = new int[n];
        _skills = new int[n];
        _facts = new int[n];
        _places = new int[n];
        _jobOffsets = new int[n + 1];
        _experienceUnknown = new bool[n];

        var seen = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var texts = new StringTable();
        var names = new StringTable();
        var languageKeys = new StringTable();
        var educationTexts = new StringTable();
        var skillTexts = new StringTable();
        var languageKeyValues = new List<LanguageKey>();
        var education = new SequenceInterner();
        var languages = new SequenceInterner();
        var skills = new SequenceInterner();
        var facts = new SequenceInterner();
        var places = new SequenceInterner();
        var jobKinds = new SequenceInterner();
        var factHolder = new List<int>();
        var kindEntries = new List<ExperienceEntry>();
        var jobFrom = new List<short>(n * 3);
        var jobTo = new List<short>(n * 3);
        var jobKey = new List<int>(n * 3);
        var scratch = new long[16];
        var items = new int[32];

        for (var i = 0; i < n; i++)
        {
            var p = profiles[i] ?? throw new ArgumentException($"profiles[{i}] is null.", nameof(profiles));
            if (!seen.TryAdd(p.Id, i))
                throw new ArgumentException($"profiles[{i}] has the id '{p.Id}' of profiles[{seen[p.Id]}]; ids must be unique.", nameof(profiles));
            _profiles[i] = p;

            // Diplomas: the evaluation depends on the set of (level, field or title) pairs.
            var count = 0;
            if (p.Education is { } edu)
            {
                Ensure(ref scratch, edu.Count);
                foreach (var e in edu)
                {
                    var text = e.Field ?? e.Title;
                    scratch[count++] = Pack(text is null ? -1 : educationTexts.Id(text), e.Level is { } l ? (int)l : -1);
                }
            }
            _education[i] = InternPairs(education, null, i, scratch, count, p.Education is null, ref items);

            // Languages: per language, its best stated level and whether a level is unstated, which
            // is all a group's evaluation (the best of its languages') reads.
            count = 0;
            if (p.Languages is { } langs)
            {
                Ensure(ref scratch, langs.Count);
                foreach (var s in langs)
                {
                    var key = languageKeys.Id(s.Language.Value ?? "");
                    if (key == languageKeyValues.Count) languageKeyValues.Add(s.Language);
                    var k = 0;
                    while (k < count && (int)(scratch[k] >> 32) != key) k++;
                    var state = k < count ? (int)scratch[k] : 0;
                    if (s.Level is { } l) state = (state & 2) != 0 && (state >> 2) >= (int)l ? state : (state & 1) | 2 | ((int)l << 2);
                    else state |= 1;
                    scratch[k] = Pack(key, state);
                    if (k == count) count++;
                }
            }
            _languages[i] = InternPairs(languages, null, i, scratch, count, p.Languages is null, ref items);

            count = 0;
            if (p.Skills is { } tools)
            {
                Ensure(ref scratch, tools.Count);
                foreach (var s in tools) scratch[count++] = Pack(skillTexts.Id(s), 0);
            }
            _skills[i] = InternPairs(skills, null, i, scratch, count, p.Skills is null, ref items);

            // Sex, nationality and licences: read only by their own criteria.
            count = 0;
            Ensure(ref scratch, 3 + (p.Licences?.Count ?? 0));
            scratch[count++] = Pack(-4, p.Licences is null ? 1 : 0);
            scratch[count++] = Pack(-3, p.Gender is { } g ? (int)g : -1);
            scratch[count++] = Pack(-2, p.Nationality is { } nat ? texts.Id(nat) : -1);
            if (p.Licences is { } lic)
                foreach (var l in lic) scratch[count++] = Pack(-1, (int)l);
            _facts[i] = InternPairs(facts, factHolder, i, scratch, count, false, ref items);

            // Place: the home name (or none) and the set of area names (or unknown).
            var areaCount = p.AreasKnown?.Count ?? 0;
            if (items.Length < areaCount + 2) items = new int[areaCount + 2];
            items[0] = p.Home is null ? -1 : names.Id(p.Home);
            items[1] = p.AreasKnown is null ? -1 : 0;
            for (var a = 0; a < areaCount; a++) items[2 + a] = names.Id(p.AreasKnown![a]);
            var areaIds = items.AsSpan(2, areaCount);
            areaIds.Sort();
            var distinct = Dedupe(areaIds);
            _places[i] = places.Intern(items.AsSpan(0, 2 + distinct));

            // Jobs.
            _jobOffsets[i] = jobKey.Count;
            if (p.Experience is { } jobs)
            {
                foreach (var e in jobs)
                {
                    ExperienceMonths.Encode(e, out var m, out var s, out var end);
                    jobFrom.Add((short)(m >= 0 ? -2 - m : s));
                    jobTo.Add((short)(m >= 0 ? 0 : end));
                    Span<int> kind = [e.Title is null ? -1 : texts.Id(e.Title), e.Domain is null ? -1 : texts.Id(e.Domain), (int)(e.OrganizationType ?? 0)];
                    var k = jobKinds.Intern(kind);
                    if (k == kindEntries.Count) kindEntries.Add(e);
                    jobKey.Add(k);
                }
            }
            else _experienceUnknown[i] = true;
        }
        _jobOffsets[n] = jobKey.Count;
        _jobs = new long[jobKey.Count];
        for (var j = 0; j < _jobs.Length; j++) _jobs[j] = (ushort)jobFrom[j] | ((long)(ushort)jobTo[j] << 16) | ((long)jobKey[j] << 32);
        _jobKinds = kindEntries.ToArray();
        _jobKindOrganization = _jobKinds.Select(e => (int)(e.OrganizationType ?? 0)).ToArray();
        _factHolder = factHolder.ToArray();
        (_languagePool, _languageOffsets) = languages.ToArrays();
        (_educationPool, _educationOffsets) = education.ToArrays();
        _educationTexts = educationTexts.ToArray();
        (_skillPool, _skillOffsets) = skills.ToArrays();
        _skillTexts = skillTexts.ToArray();
        _languageKeys = languageKeyValues.ToArray();

        _names = names.ToArray();
        _resolved = new PlaceResolution?[_names.Length];
        for (var i = 0; i < _names.Length; i++) _resolved[i] = Resolve(gazetteer, _names[i]);
        _placeHome = new int[places.Count];
        _placeAreasUnknown = new bool[places.Count];
        _placeAreaOffsets = new int[places.Count + 1];
        var areaNames = new List<int>();
        for (var s = 0; s < places.Count; s++)
        {
            var seq = places[s];
            _placeHome[s] = seq[0];
            _placeAreasUnknown[s] = seq[1] < 0;
            _placeAreaOffsets[s] = areaNames.Count;
            for (var a = 2; a < seq.Length; a++) areaNames.Add(seq[a]);
        }
        _placeAreaOffsets[places.Count] = areaNames.Count;
        _placeAreaNames = areaNames.ToArray();
    }

    /// <summary>How many profiles the index holds.</summary>
    public int Count => _profiles.Length;

    /// <summary>How many distinct values the index holds, all columns together (diploma lists, language lists, tool sets, places, other facts, place names, job kinds).</summary>
    public int DistinctValues => _educationOffsets.Length - 1 + _languageOffsets.Length - 1 + _skillOffsets.Length - 1 + _factHolder.Length + _placeHome.Length + _names.Length + _jobKinds.Length;

    /// <summary>
    /// The memory the index itself holds, in bytes: its arrays (references to the profiles
    /// counted, the profiles and strings themselves not, as the caller owns them).
    /// </summary>
    public long ApproximateBytes
    {
        get
        {
            const int header = 24;
            long total = 0;
            total += header + 8L * _profiles.Length;
            total += 5 * (header + 4L * _profiles.Length);
            total += header + 4L * _jobOffsets.Length;
            total += header + _experienceUnknown.Length;
            total += header + 8L * _jobs.Length;
            total += header + 4L * _factHolder.Length;
            total += 2 * header + 16L * _names.Length;
            total += 4 * header + 4L * (_placeHome.Length + _placeAreaOffsets.Length + _placeAreaNames.Length) + _placeAreasUnknown.Length;
            total += 2 * header + 12L * _jobKinds.Length;
            total += 2 * header + 4L * (_languagePool.Length + _languageOffsets.Length) + header + 8L * _languageKeys.Length;
            total += 2 * header + 4L * (_skillPool.Length + _skillOffsets.Length) + header + 8L * _skillTexts.Length;
            total += 2 * header + 4L * (_educationPool.Length + _educationOffsets.Length) + header + 8L * _educationTexts.Length;
            return total;
        }
    }

    /// <summary>Builds an index of profiles, resolving places through <see cref="Gazetteer.Default"/>.</summary>
    /// <param name="profiles">The profiles; ids must be unique.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> is null.</exception>
    /// <exception cref="ArgumentException">A profile is null or two share an id (the message names them).</exception>
    public static CandidateIndex Build(IEnumerable<CandidateProfile> profiles) => Build(profiles, Gazetteer.Default);

    /// <summary>
    /// Builds an index of profiles. Each distinct home and area name is resolved once, through
    /// <paramref name="gazetteer"/>; rankings with another gazetteer in their options resolve the
    /// names again, once per ranking.
    /// </summary>
    /// <param name="profiles">The profiles; ids must be unique.</param>
    /// <param name="gazetteer">The gazetteer that resolves homes and areas.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A profile is null or two share an id (the message names them).</exception>
    public static CandidateIndex Build(IEnumerable<CandidateProfile> profiles, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var list = profiles as IReadOnlyList<CandidateProfile> ?? profiles.ToList();
        return new CandidateIndex(list, gazetteer);
    }

    /// <summary>
    /// Ranks the indexed profiles against a posting and explains the best <paramref name="top"/>:
    /// the same ranking as <see cref="Matcher.Rank(IEnumerable{CandidateProfile}, Posting, MatchOptions)"/>
    /// with <see cref="MatchOptions.Top"/> = <paramref name="top"/>.
    /// </summary>
    /// <param name="posting">The posting.</param>
    /// <param name="top">How many results to return and explain.</param>
    /// <param name="options">The options, or null for the defaults; their <see cref="MatchOptions.Top"/> is ignored.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posting"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    public Ranking Rank(Posting posting, int top, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(posting);
        Guard.Positive(top, nameof(top));
        options ??= MatchOptions.Default;
        var compiled = CompiledPosting.Compile(posting, options);
        var query = new IndexQuery(this, compiled, Math.Min(top, Count));
        int[] order;
        try
        {
            order = query.Run();
        }
        finally
        {
            query.Release();
        }
        var phrases = Phrases.For(options.Culture);
        var results = new RankedCandidate[order.Length];
        if (order.Length >= ParallelExplain && Environment.ProcessorCount > 1)
        {
            // Explanations are independent: both halves at once, each with its own caches.
            Parallel.For(0, 2, half =>
            {
                var context = compiled.NewContext();
                for (var r = half; r < order.Length; r += 2) results[r] = compiled.Explain(_profiles[order[r]], r + 1, context, phrases);
            });
        }
        else
        {
            var context = compiled.NewContext();
            for (var r = 0; r < order.Length; r++) results[r] = compiled.Explain(_profiles[order[r]], r + 1, context, phrases);
        }

        return new Ranking
        {
            Posting = posting,
            ReferenceDate = options.ReferenceDate,
            IsOpen = options.ReferenceDate is { } d ? posting.IsOpen(d) : null,
            CandidateCount = Count,
            EligibleCount = query.EligibleCount,
            Results = results,
        };
    }

    /// <summary>
    /// The relevance of each job kind to a posting, kept for the next rankings of postings judged
    /// alike (the same title, experience domain and scoped parts): the costliest per-posting work.
    /// </summary>
    private double[] Relevance(ExperienceRelevance judge, ScoringContext context)
    {
        if (_relevance.TryGetValue(judge.Key, out var kept))
        {
            // The judge explains the results next: it needs not judge these jobs again.
            for (var j = 0; j < kept.Length; j++) judge.Remember(_jobKinds[j], kept[j]);
            return kept;
        }
        var relevance = new double[_jobKinds.Length];
        for (var j = 0; j < relevance.Length; j++) relevance[j] = judge.Of(_jobKinds[j], context);
        if (_relevance.Count >= RelevanceKept) _relevance.Clear();
        _relevance.TryAdd(judge.Key, relevance);
        return relevance;
    }

    /// <summary>The field part of each diploma text, kept for the next rankings of postings asking the same fields.</summary>
    private double[] FieldParts(EducationCriterion criterion, ScoringContext context)
    {
        if (_fieldParts.TryGetValue(criterion.FieldKey, out var kept)) return kept;
        var parts = new double[_educationTexts.Length];
        for (var t = 0; t < parts.Length; t++) parts[t] = criterion.FieldPart(_educationTexts[t], context);
        if (_fieldParts.Count >= RelevanceKept) _fieldParts.Clear();
        _fieldParts.TryAdd(criterion.FieldKey, parts);
        return parts;
    }

    private static PlaceResolution? Resolve(Gazetteer gazetteer, string name)
        => string.IsNullOrWhiteSpace(name) ? null : gazetteer.Resolve(name);

    private static long Pack(int high, int low) => ((long)high << 32) | (uint)low;

    private static int JobFrom(long job) => (short)job;

    private static int JobTo(long job) => (short)(job >> 16);

    private static int JobKind(long job) => (int)(job >> 32);

    private static void Ensure(ref long[] scratch, int size)
    {
        if (scratch.Length < size) scratch = new long[Math.Max(size, scratch.Length * 2)];
    }

    private static int Dedupe(Span<int> sorted)
    {
        if (sorted.Length == 0) return 0;
        var w = 1;
        for (var r = 1; r < sorted.Length; r++)
            if (sorted[r] != sorted[w - 1]) sorted[w++] = sorted[r];
        return w;
    }

    /// <summary>Interns the set of pairs (order and repeats do not change an evaluation), or "unknown".</summary>
    private static int InternPairs(SequenceInterner interner, List<int>? holders, int profile, long[] scratch, int count, bool unknown, ref int[] items)
    {
        int length;
        if (unknown)
        {
            items[0] = int.MinValue;
            length = 1;
        }
        else
        {
            var pairs = scratch.AsSpan(0, count);
            pairs.Sort();
            if (items.Length < 2 * count) items = new int[2 * count + 2];
            length = 0;
            for (var k = 0; k < count; k++)
            {
                if (k > 0 && pairs[k] == pairs[k - 1]) continue;
                items[length++] = (int)(pairs[k] >> 32);
                items[length++] = (int)pairs[k];
            }
        }
        var id = interner.Intern(items.AsSpan(0, length));
        if (holders is not null && id == holders.Count) holders.Add(profile);
        return id;
    }

    /// <summary>One ranking: the per-value tables of a compiled posting, then the scan.</summary>
    private sealed class IndexQuery
    {
        private readonly CandidateIndex _index;
        private readonly CompiledPosting _compiled;
        private readonly int _k;
        private readonly int[]?[] _columns;
        private readonly EvaluationTable?[] _tables;
        private readonly Plan[] _plan;
        private readonly double[] _weights;
        private readonly bool[] _required;
        private readonly ExperienceCriterion? _experience;
        private readonly int _experienceColumn;
        private double[] _jobRelevance = Array.Empty<double>();
        private double[] _jobWeight = Array.Empty<double>();
        // Plan steps of the required criteria read from columns: any of them failing (or unknown
        // where unknown excludes) makes a profile ineligible whatever its experience.
        // Per gate: the column, its classes (null where the table keeps one evaluation per value),
        // and whether each class (or value) excludes; most selective first.
        private readonly int[][] _gateColumns;
        private readonly byte[]?[] _gateClasses;
        private readonly byte[][] _gateExcluded;
        private readonly int _partitions;
        private readonly PartitionResult[] _results;

        public IndexQuery(CandidateIndex index, CompiledPosting compiled, int k)
        {
            _index = index;
            _compiled = compiled;
            _k = k;
            var criteria = compiled.Criteria;
            _columns = new int[]?[criteria.Length];
            _tables = new EvaluationTable?[criteria.Length];
            _weights = new double[criteria.Length];
            _required = new bool[criteria.Length];
            PlaceResolution?[]? resolved = null;
            for (var c = 0; c < criteria.Length; c++)
            {
                _weights[c] = criteria[c].Weight;
                _required[c] = criteria[c].Necessity == Necessity.Required;
                if (criteria[c] is LocationCriterion or AreaCriterion) resolved ??= Resolutions(compiled.Options.Gazetteer);
                if (criteria[c] is ExperienceCriterion exp)
                {
                    _experience = exp;
                    _experienceColumn = c;
                }
            }
            // One table per criterion, built side by side (each with its own caches).
            if (criteria.Length > 1 && index.DistinctValues > 4096) Parallel.For(0, criteria.Length, c => Table(c, resolved));
            else for (var c = 0; c < criteria.Length; c++) Table(c, resolved);
            // What the scan reads per criterion: the profile's value, its class, and the class's
            // weighted score and flags, computed once (the product is the one the matcher adds).
            _plan = new Plan[criteria.Length];
            for (var c = 0; c < criteria.Length; c++)
            {
                if (_tables[c] is not { } table) continue;
                var values = table.Values;
                var terms = new Term[values.Length];
                for (var v = 0; v < values.Length; v++) terms[v] = ToTerm(c, values[v]);
                _plan[c] = new Plan(_columns[c], table.Classes, terms);
            }
            (_gateColumns, _gateClasses, _gateExcluded) = Gates(compiled.Options.UnknownRequired == UnknownPolicy.Exclude);
            var n = index.Count;
            _partitions = n < ParallelThreshold ? 1 : Math.Max(1, Math.Min(Environment.ProcessorCount, n / ParallelThreshold));
            _results = new PartitionResult[_partitions];
        }

        public int EligibleCount { get; private set; }

        /// <summary>Gives the tables' classes back to the pool, once the scan is done.</summary>
        public void Release()
        {
            foreach (var table in _tables) table?.Release();
        }

        private void Table(int c, PlaceResolution?[]? resolved)
        {
            var index = _index;
            var compiled = _compiled;
            var criterion = compiled.Criteria[c];
            var context = compiled.NewContext();
            switch (criterion)
            {
                case ExperienceCriterion exp:
                    var relevance = index.Relevance(exp.Relevance, context);
                    var weights = new double[relevance.Length];
                    for (var j = 0; j < relevance.Length; j++) weights[j] = exp.MonthWeight(relevance[j]);
                    _jobRelevance = relevance;
                    _jobWeight = weights;
                    break;
                case EducationCriterion education:
                    _columns[c] = index._education;
                    _tables[c] = Education(education, context);
                    break;
                case LanguageCriterion language:
                    _columns[c] = index._languages;
                    _tables[c] = Languages(language, compiled.Options.UnknownCredit);
                    break;
                case SkillsCriterion skills:
                    _columns[c] = index._skills;
                    _tables[c] = Skills(skills, context.Options.UnknownCredit);
                    break;
                case LocationCriterion location:
                    _columns[c] = index._places;
                    _tables[c] = Location(location, resolved!, compiled.Options.UnknownCredit);
                    break;
                case AreaCriterion area:
                    _columns[c] = index._places;
                    _tables[c] = Areas(area, resolved!, compiled.Options.UnknownCredit);
                    break;
                default:
                    _columns[c] = index._facts;
                    _tables[c] = ByHolder(criterion, index._factHolder, context);
                    break;
            }
        }

        public int[] Run()
        {
            if (_k == 0) return Array.Empty<int>();
            if (_partitions == 1) Scan(0);
            else Parallel.For(0, _partitions, Scan);
            var total = 0;
            var eligible = 0;
            foreach (var r in _results)
            {
                total += r.Count;
                eligible += r.Eligible;
            }
            EligibleCount = eligible;
            var all = new Entry[total];
            var at = 0;
            foreach (var r in _results)
            {
                Array.Copy(r.Heap, 0, all, at, r.Count);
                at += r.Count;
            }
            var ids = _index._profiles;
            Array.Sort(all, (a, b) => Compare(a, b, ids));
            var order = new int[Math.Min(_k, total)];
            for (var i = 0; i < order.Length; i++) order[i] = all[i].Index;
            return order;
        }

        private PlaceResolution?[] Resolutions(Gazetteer gazetteer)
        {
            if (ReferenceEquals(gazetteer, _index._gazetteer)) return _index._resolved;
            var names = _index._names;
            var resolved = new PlaceResolution?[names.Length];
            for (var i = 0; i < names.Length; i++) resolved[i] = Resolve(gazetteer, names[i]);
            return resolved;
        }

        private EvaluationTable ByHolder(Criterion criterion, int[] holders, ScoringContext context)
        {
            var table = new EvaluationTable(holders.Length);
            for (var s = 0; s < holders.Length; s++) table[s] = criterion.Evaluate(_index._profiles[holders[s]], context);
            return table;
        }

        private EvaluationTable Education(EducationCriterion criterion, ScoringContext context)
        {
            var ix = _index;
            var fields = ix.FieldParts(criterion, context);
            var noText = criterion.FieldPart(null, context);
            var offsets = ix._educationOffsets;
            var pool = ix._educationPool;
            var table = new EvaluationTable(offsets.Length - 1);
            for (var s = 0; s < table.Length; s++)
            {
                var from = offsets[s];
                var to = offsets[s + 1];
                if (to - from == 1 && pool[from] == int.MinValue)
                {
                    table[s] = Evaluation.Unknown(context.Options.UnknownCredit);
                    continue;
                }
                var acc = EducationCriterion.Best.Empty;
                for (var k = from; k < to; k += 2)
                {
                    var text = pool[k];
                    var level = pool[k + 1];
                    criterion.Add(ref acc, level < 0 ? null : (DiplomaLevel)level, text < 0 ? noText : fields[text]);
                }
                table[s] = EducationCriterion.Result(acc);
            }
            return table;
        }

        private EvaluationTable Skills(SkillsCriterion criterion, double credit)
        {
            var ix = _index;
            var asked = criterion.Asked;
            var tools = ix._skillTexts;
            var meets = new bool[asked.Count * tools.Length];
            for (var a = 0; a < asked.Count; a++)
                for (var t = 0; t < tools.Length; t++) meets[a * tools.Length + t] = SkillsCriterion.Meets(tools[t], asked[a]);
            var offsets = ix._skillOffsets;
            var pool = ix._skillPool;
            var table = new EvaluationTable(offsets.Length - 1);
            for (var s = 0; s < table.Length; s++)
            {
                var from = offsets[s];
                var to = offsets[s + 1];
                if (to - from == 1 && pool[from] == int.MinValue)
                {
                    table[s] = Evaluation.Unknown(credit);
                    continue;
                }
                var count = 0;
                for (var a = 0; a < asked.Count; a++)
                {
                    var row = a * tools.Length;
                    for (var k = from; k < to; k += 2)
                    {
                        if (!meets[row + pool[k]]) continue;
                        count++;
                        break;
                    }
                }
                table[s] = criterion.FromCount(count);
            }
            return table;
        }

        /// <summary>
        /// A group's evaluation of each distinct language list. The evaluations a language can give
        /// (none, unstated, each stated level) are computed once, and each (language, state) pair
        /// gets the one <see cref="LanguageCriterion.Keep"/> keeps of its own; a list then keeps
        /// the first of its pairs' that scores highest, which is what the rule keeps over all.
        /// </summary>
        private EvaluationTable Languages(LanguageCriterion criterion, double credit)
        {
            var ix = _index;
            var asked = criterion.MinLevel;
            var palette = new EvaluationPalette();
            var none = palette.Add(new Evaluation(Outcome.NotMet, 0));
            var unknown = palette.Add(Evaluation.Unknown(credit));
            var unstated = palette.Add(LanguageCriterion.Formula(null, asked));
            Span<int> levels = stackalloc int[States >> 2];
            for (var l = 0; l < levels.Length; l++) levels[l] = palette.Add(LanguageCriterion.Formula((LanguageLevel)l, asked));
            var scores = palette.Scores.ToArray();
            // Per (language, state): the evaluation the pair keeps, -1 where the language is not in the group.
            var pairs = new int[ix._languageKeys.Length * States];
            for (var key = 0; key < ix._languageKeys.Length; key++)
            {
                var inGroup = criterion.InGroup(ix._languageKeys[key]);
                for (var state = 0; state < States; state++)
                {
                    var kept = -1;
                    if (inGroup && (state & 1) != 0) kept = unstated;
                    if (inGroup && (state & 2) != 0)
                    {
                        var c = levels[state >> 2];
                        if (kept < 0 || !(scores[c] <= scores[kept])) kept = c;
                    }
                    pairs[key * States + state] = kept;
                }
            }
            var offsets = ix._languageOffsets;
            var pool = ix._languagePool;
            var table = new EvaluationTable(offsets.Length - 1, palette);
            for (var s = 0; s < table.Length; s++)
            {
                var from = offsets[s];
                var to = offsets[s + 1];
                if (to - from == 1 && pool[from] == int.MinValue)
                {
                    table.SetClass(s, unknown);
                    continue;
                }
                var result = -1;
                for (var k = from; k < to; k += 2)
                {
                    var state = pool[k + 1];
                    // A level outside the enumeration: evaluated one by one.
                    if ((uint)state >= States) return LanguagesByValue(criterion, credit);
                    var c = pairs[pool[k] * States + state];
                    if (c >= 0 && (result < 0 || !(scores[c] <= scores[result]))) result = c;
                }
                table.SetClass(s, result < 0 ? none : result);
            }
            return table;
        }

        /// <summary>The group's evaluation of each distinct language list, one by one (levels outside the enumeration).</summary>
        private EvaluationTable LanguagesByValue(LanguageCriterion criterion, double credit)
        {
            var ix = _index;
            var inGroup = new bool[ix._languageKeys.Length];
            for (var l = 0; l < inGroup.Length; l++) inGroup[l] = criterion.InGroup(ix._languageKeys[l]);
            var asked = criterion.MinLevel;
            var unstated = LanguageCriterion.Formula(null, asked);
            var offsets = ix._languageOffsets;
            var pool = ix._languagePool;
            var table = new EvaluationTable(offsets.Length - 1);
            for (var s = 0; s < table.Length; s++)
            {
                var from = offsets[s];
                var to = offsets[s + 1];
                if (to - from == 1 && pool[from] == int.MinValue)
                {
                    table[s] = Evaluation.Unknown(credit);
                    continue;
                }
                var result = new Evaluation(Outcome.NotMet, 0);
                var first = true;
                for (var k = from; k < to; k += 2)
                {
                    if (!inGroup[pool[k]]) continue;
                    var state = pool[k + 1];
                    if ((state & 1) != 0 && LanguageCriterion.Keep(ref result, first, unstated)) first = false;
                    if ((state & 2) != 0 && LanguageCriterion.Keep(ref result, first, LanguageCriterion.Formula((LanguageLevel)(state >> 2), asked))) first = false;
                }
                table[s] = result;
            }
            return table;
        }

        /// <summary>
        /// The evaluation of each distinct place: it depends only on the home (its distance and
        /// whether a station's area covers it) and whether an area known covers a station, so the
        /// evaluations are computed per name, then each place picks its own.
        /// </summary>
        private EvaluationTable Location(LocationCriterion criterion, PlaceResolution?[] resolved, double credit)
        {
            var ix = _index;
            var palette = new EvaluationPalette();
            if (!criterion.HasStations)
            {
                palette.Add(Evaluation.Unknown(credit));
                return new EvaluationTable(ix._placeHome.Length, palette);
            }
            // Row 0: no home, or one the gazetteer does not know; row h + 1: home h. Column: an area known covers a station.
            var classes = new int[2 * (resolved.Length + 1)];
            classes[0] = palette.Add(LocationCriterion.Combine(null, false, credit));
            classes[1] = palette.Add(LocationCriterion.Combine(null, true, credit));
            var knows = new bool[resolved.Length];
            for (var i = 0; i < resolved.Length; i++)
            {
                var row = 2 * (i + 1);
                if (resolved[i] is not { } r)
                {
                    classes[row] = classes[0];
                    classes[row + 1] = classes[1];
                    continue;
                }
                var km = criterion.FromHome(r.Place, out _, out var covered);
                classes[row] = palette.Add(LocationCriterion.Combine(km, covered, credit));
                classes[row + 1] = palette.Add(LocationCriterion.Combine(km, true, credit));
                knows[i] = criterion.Knows(r, out _);
            }
            var table = new EvaluationTable(ix._placeHome.Length, palette);
            var homes = ix._placeHome;
            var areaOffsets = ix._placeAreaOffsets;
            var areaNames = ix._placeAreaNames;
            for (var s = 0; s < table.Length; s++)
            {
                var knowsArea = 0;
                for (var a = areaOffsets[s]; a < areaOffsets[s + 1]; a++)
                {
                    if (!knows[areaNames[a]]) continue;
                    knowsArea = 1;
                    break;
                }
                table.SetClass(s, classes[2 * (homes[s] + 1) + knowsArea]);
            }
            return table;
        }

        private EvaluationTable Areas(AreaCriterion criterion, PlaceResolution?[] resolved, double credit)
        {
            var ix = _index;
            var names = ix._names;
            var m = criterion.AreaCount;
            var homeKnows = new bool[m * names.Length];
            var nameKnows = new bool[m * names.Length];
            for (var j = 0; j < m; j++)
            {
                for (var i = 0; i < names.Length; i++)
                {
                    homeKnows[j * names.Length + i] = criterion.HomeKnows(j, resolved[i]);
                    nameKnows[j * names.Length + i] = criterion.NameKnows(j, names[i], resolved[i]);
                }
            }
            var table = new EvaluationTable(ix._placeHome.Length);
            for (var s = 0; s < table.Length; s++)
            {
                var home = ix._placeHome[s];
                var unknownAreas = ix._placeAreasUnknown[s];
                if (unknownAreas && home < 0)
                {
                    table[s] = Evaluation.Unknown(credit);
                    continue;
                }
                var count = 0;
                for (var j = 0; j < m; j++)
                {
                    var row = j * names.Length;
                    var known = home >= 0 && homeKnows[row + home];
                    for (var a = ix._placeAreaOffsets[s]; !known && a < ix._placeAreaOffsets[s + 1]; a++)
                        known = nameKnows[row + ix._placeAreaNames[a]];
                    if (known) count++;
                }
                table[s] = criterion.Combine(count, unknownAreas, credit);
            }
            return table;
        }

        private void Scan(int part)
        {
            var ix = _index;
            var n = ix.Count;
            var from = (int)((long)n * part / _partitions);
            var to = (int)((long)n * (part + 1) / _partitions);
            var heap = new Entry[_k];
            var size = 0;
            var eligibleCount = 0;
            var ids = ix._profiles;
            // Jobs are the one costly criterion. Scored first as if fully met, a profile whose bound
            // cannot enter the best k needs its jobs only to tell whether it is eligible.
            var optimistic = new Evaluation(Outcome.Met, 1.0);
            var experienceRequired = _experience is not null && _required[_experienceColumn];
            for (var i = from; i < to; i++)
            {
                // Once the best k are all eligible, an ineligible profile cannot enter: the required
                // criteria settle most profiles, then the jobs, before any score is added.
                var counted = false;
                if (size == heap.Length && heap[0].Tier == 0)
                {
                    if (Excluded(i)) continue;
                    if (experienceRequired && ExperienceExcludes(i)) continue;
                    eligibleCount++;
                    counted = true;
                }
                int failed, nearFailed, unknownRequired;
                double sum;
                if (_experience is not null)
                {
                    sum = Sum(i, optimistic, out failed, out nearFailed, out unknownRequired);
                    var bound = _compiled.Combine(sum, failed, nearFailed, unknownRequired, out var mayBeEligible, out var mayNearMiss, out _);
                    if (size == heap.Length && Compare(new Entry(RankOrder.Tier(mayBeEligible, mayNearMiss, failed), bound, i), heap[0], ids) > 0)
                    {
                        if (!counted && mayBeEligible && !(experienceRequired && ExperienceExcludes(i))) eligibleCount++;
                        continue;
                    }
                    sum = Sum(i, Experience(i), out failed, out nearFailed, out unknownRequired);
                }
                else sum = Sum(i, default, out failed, out nearFailed, out unknownRequired);
                var score = _compiled.Combine(sum, failed, nearFailed, unknownRequired, out var eligible, out var nearMiss, out _);
                if (eligible && !counted) eligibleCount++;
                var entry = new Entry(RankOrder.Tier(eligible, nearMiss, failed), score, i);
                if (size < heap.Length)
                {
                    heap[size] = entry;
                    SiftUp(heap, size++, ids);
                }
                else if (Compare(entry, heap[0], ids) < 0)
                {
                    heap[0] = entry;
                    SiftDown(heap, size, ids);
                }
            }
            _results[part] = new PartitionResult(heap, size, eligibleCount);
        }

        private Term ToTerm(int c, Evaluation e)
        {
            var required = _required[c];
            var notMet = required && e.Outcome == Outcome.NotMet;
            return new Term(_weights[c] * e.Score, (notMet ? FailedOne : 0) | (notMet && e.NearMiss ? NearFailedOne : 0) | (required && e.Outcome == Outcome.Unknown ? UnknownOne : 0));
        }

        /// <summary>The weighted sum of the criteria in the posting's order, as <see cref="CompiledPosting.Score"/> adds it.</summary>
        private double Sum(int i, Evaluation experience, out int failed, out int nearFailed, out int unknownRequired)
        {
            var plan = _plan;
            double sum = 0;
            long flags = 0;
            for (var c = 0; c < plan.Length; c++)
            {
                ref readonly var step = ref plan[c];
                Term t;
                if (step.Column is not { } column) t = ToTerm(c, experience);
                else if (step.Classes is { } classes) t = step.Terms[classes[column[i]]];
                else t = step.Terms[column[i]];
                sum += t.Weighted;
                flags += t.Flags;
            }
            failed = (int)(flags & 0x1FFFFF);
            nearFailed = (int)((flags >> 21) & 0x1FFFFF);
            unknownRequired = (int)(flags >> 42);
            return sum;
        }

        /// <summary>Whether a required criterion other than experience makes profile <paramref name="i"/> ineligible.</summary>
        private bool Excluded(int i)
        {
            // Every gate read, their verdicts joined without a branch each: the verdicts are
            // unpredictable, the reads cheap.
            var columns = _gateColumns;
            var classes = _gateClasses;
            var excluded = _gateExcluded;
            var verdict = 0;
            for (var g = 0; g < columns.Length; g++)
            {
                var v = columns[g][i];
                verdict |= excluded[g][classes[g] is { } c ? c[v] : v];
            }
            return verdict != 0;
        }

        /// <summary>
        /// The required criteria read from columns, each as a gate: whether each class (or value)
        /// makes a profile ineligible (not met, or unknown where unknown excludes). Ordered by the
        /// share of a sample of profiles each excludes, most first, so most profiles stop at the first.
        /// </summary>
        private (int[][], byte[]?[], byte[][]) Gates(bool unknownExcludes)
        {
            var mask = FailedOne * 0x1FFFFF | (unknownExcludes ? UnknownOne * 0x1FFFFF : 0);
            var gates = new List<(int[] Column, byte[]? Classes, byte[] Excluded, int Hits)>();
            var n = _index.Count;
            var step = Math.Max(1, n / 1024);
            for (var c = 0; c < _plan.Length; c++)
            {
                if (!_required[c] || _plan[c].Column is not { } column) continue;
                var terms = _plan[c].Terms;
                var excluded = new byte[terms.Length];
                for (var t = 0; t < terms.Length; t++) excluded[t] = (terms[t].Flags & mask) != 0 ? (byte)1 : (byte)0;
                var classes = _plan[c].Classes;
                var hits = 0;
                for (var i = 0; i < n; i += step) hits += excluded[classes is null ? column[i] : classes[column[i]]];
                gates.Add((column, classes, excluded, hits));
            }
            gates.Sort((a, b) => b.Hits.CompareTo(a.Hits));
            return (gates.Select(g => g.Column).ToArray(), gates.Select(g => g.Classes).ToArray(), gates.Select(g => g.Excluded).ToArray());
        }

        /// <summary>
        /// Whether required experience makes a profile ineligible (not met, or unknown where unknown
        /// excludes). Decided from bounds on the months where they settle it: no more than the sum
        /// of the jobs' weighted lengths; no less than that sum less, for each two dated jobs, their
        /// overlap at the larger weight (a month covered by several jobs counts at their largest
        /// weight, which this never exceeds); so jobs that do not overlap settle it.
        /// </summary>
        private bool ExperienceExcludes(int i)
        {
            var ix = _index;
            if (ix._experienceUnknown[i]) return _compiled.Options.UnknownRequired == UnknownPolicy.Exclude;
            var reference = _compiled.ReferenceMonth;
            var first = ix._jobOffsets[i];
            var n = ix._jobOffsets[i + 1] - first;
            if (n > 32) return !(CountedYears(i) + 1e-9 >= _experience!.MinYears);
            Span<int> starts = stackalloc int[n];
            Span<int> ends = stackalloc int[n];
            Span<double> weights = stackalloc double[n];
            var dated = 0;
            double upper = 0;
            for (var j = 0; j < n; j++)
            {
                var job = ix._jobs[first + j];
                var w = _jobWeight[JobKind(job)];
                if (w <= 0) continue;
                int s = JobFrom(job), end = JobTo(job);
                if (s <= -2)
                {
                    upper += (-2 - s) * w;
                    continue;
                }
                if (s < 0) continue;
                var endIndex = end >= 0 ? end : reference ?? s - 1;
                if (reference is { } r && endIndex > r) endIndex = r;
                if (endIndex + 1 <= s) continue;
                upper += (endIndex + 1 - s) * w;
                starts[dated] = s;
                ends[dated] = endIndex + 1;
                weights[dated] = w;
                dated++;
            }
            var floor = _experience!.MinYears;
            if (upper / 12.0 + 1e-9 < floor - 1e-7) return true;
            var lower = upper;
            for (var a = 0; a < dated; a++)
            {
                for (var b = a + 1; b < dated; b++)
                {
                    var overlap = Math.Min(ends[a], ends[b]) - Math.Max(starts[a], starts[b]);
                    if (overlap > 0) lower -= overlap * Math.Max(weights[a], weights[b]);
                }
            }
            if (lower / 12.0 > floor + 1e-7) return false;
            return !(CountedYears(i) + 1e-9 >= floor);
        }

        /// <summary>A packed job as the month counter's primitives; returns the job for its kind.</summary>
        private static long Decode(long job, out int months, out int start, out int end)
        {
            int from = JobFrom(job), to = JobTo(job);
            months = from <= -2 ? -2 - from : ExperienceMonths.None;
            start = from <= -2 ? ExperienceMonths.None : from;
            end = from <= -2 ? ExperienceMonths.None : to;
            return job;
        }

        /// <summary>
        /// The years the experience criterion counts for profile <paramref name="i"/>,
        /// through the same formula and weights: what decides whether the floor is met.
        /// </summary>
        private double CountedYears(int i)
        {
            var ix = _index;
            var start = ix._jobOffsets[i];
            var n = ix._jobOffsets[i + 1] - start;
            Span<int> months = n <= 32 ? stackalloc int[n] : new int[n];
            Span<int> starts = n <= 32 ? stackalloc int[n] : new int[n];
            Span<int> ends = n <= 32 ? stackalloc int[n] : new int[n];
            Span<double> weights = n <= 32 ? stackalloc double[n] : new double[n];
            for (var j = 0; j < n; j++)
                weights[j] = _jobWeight[JobKind(Decode(ix._jobs[start + j], out months[j], out starts[j], out ends[j]))];
            return ExperienceMonths.Count(months, starts, ends, weights, _compiled.ReferenceMonth) / 12.0;
        }

        private Evaluation Experience(int i)
        {
            var ix = _index;
            if (ix._experienceUnknown[i]) return Evaluation.Unknown(_compiled.Options.UnknownCredit);
            var start = ix._jobOffsets[i];
            var n = ix._jobOffsets[i + 1] - start;
            Span<int> months = n <= 32 ? stackalloc int[n] : new int[n];
            Span<int> starts = n <= 32 ? stackalloc int[n] : new int[n];
            Span<int> ends = n <= 32 ? stackalloc int[n] : new int[n];
            Span<double> relevance = n <= 32 ? stackalloc double[n] : new double[n];
            Span<int> organizations = n <= 32 ? stackalloc int[n] : new int[n];
            for (var j = 0; j < n; j++)
            {
                var kind = JobKind(Decode(ix._jobs[start + j], out months[j], out starts[j], out ends[j]));
                relevance[j] = _jobRelevance[kind];
                organizations[j] = ix._jobKindOrganization[kind];
            }
            return _experience!.Measure(months, starts, ends, relevance, organizations, _compiled.ReferenceMonth, out _);
        }

        /// <summary><see cref="RankOrder.Compare"/>, reading the ids (from the profiles) only on a tie.</summary>
        private static int Compare(in Entry a, in Entry b, CandidateProfile[] profiles)
        {
            if (a.Tier != b.Tier) return a.Tier < b.Tier ? -1 : 1;
            var c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : string.CompareOrdinal(profiles[a.Index].Id, profiles[b.Index].Id);
        }

        // Max-heap under the ranking order: the root is the worst kept.
        private static void SiftUp(Entry[] h, int i, CandidateProfile[] ids)
        {
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (Compare(h[i], h[parent], ids) <= 0) break;
                (h[i], h[parent]) = (h[parent], h[i]);
                i = parent;
            }
        }

        private static void SiftDown(Entry[] h, int size, CandidateProfile[] ids)
        {
            var i = 0;
            while (true)
            {
                var l = 2 * i + 1;
                var r = l + 1;
                var worst = i;
                if (l < size && Compare(h[l], h[worst], ids) > 0) worst = l;
                if (r < size && Compare(h[r], h[worst], ids) > 0) worst = r;
                if (worst == i) return;
                (h[i], h[worst]) = (h[worst], h[i]);
                i = worst;
            }
        }
    }

    private readonly record struct Entry(int Tier, double Score, int Index);

    // A term's flags: counts of required criteria not met, not met by a near miss, and unknown, 21 bits each.
    private const long FailedOne = 1, NearFailedOne = 1L << 21, UnknownOne = 1L << 42;

    /// <summary>One criterion's contribution: weight × score, and flags counting it where it is a required criterion not met (near miss) or unknown.</summary>
    private readonly record struct Term(double Weighted, long Flags);

    /// <summary>One criterion as the scan reads it: the profiles' values, their classes (or null), the terms.</summary>
    private readonly record struct Plan(int[]? Column, byte[]? Classes, Term[] Terms);

    private readonly record struct PartitionResult(Entry[] Heap, int Count, int Eligible);
}
