using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using Matching.Explanations;
using Matching.Internal;
using Matching.Model;
using Matching.Places;

namespace Matching.Scoring;

/// <summary>
/// A roster prepared once for ranking against many postings: a compact copy of what scoring
/// reads. Profiles are grouped in segments sharing their diploma list and other facts (sex,
/// nationality, licences); each keeps a row of a few integers (the ids of its language list,
/// tools and place among the distinct values of the roster, the rank of its id) and its jobs as
/// small numbers. A ranking scores each distinct value once per posting, passes over the
/// segments a required criterion excludes, then scores the other profiles by table look-ups, on
/// every core, keeping only the best k. Its data never changes (it keeps, for a few postings,
/// what depends only on their texts and options: job relevance, diploma field parts and language
/// groups' tables); safe for concurrent rankings.
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

    // The fields of a row.
    private const int Stride = 5, LanguagesField = 0, SkillsField = 1, PlacesField = 2, RankField = 3, JobsField = 4;

    /// <summary>How many postings' job relevances, diploma field parts and language groups' tables are kept.</summary>
    private const int RelevanceKept = 16;

    /// <summary>Language states a table evaluates by pair: unstated (1) | stated (2) | best level &lt;&lt; 2, levels 0 to 7.</summary>
    private const int States = 32;

    /// <summary>From how many results explanations are written on two cores.</summary>
    private const int ParallelExplain = 16;

    private readonly CandidateProfile[] _profiles;
    private readonly Gazetteer _gazetteer;

    // Profiles are held grouped by segment: a run of profiles sharing their diploma list and their
    // other facts (sex, nationality, licences), in id order within a segment. A required criterion
    // on diplomas or facts then settles a whole segment with one look-up.
    private readonly int[] _segmentStarts;
    private readonly int[] _segmentFacts;
    private readonly int[] _segmentEducation;

    // Per profile, in the index's order, a row of Stride numbers read together: the ids of its
    // language list, tool set and place among the distinct values; the ordinal rank of its id
    // among the roster's (ties in score are broken without reading the ids); and its first job
    // << 1 | 1 where its experience is unknown. Its jobs end where the next row's begin (a last
    // row closes them).
    private readonly int[] _rows;
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

    // Languages: each distinct list as one number per language, language × States + state, where
    // state = unstated (1) | stated (2) | best level << 2.
    private readonly int[] _languagePool;
    private readonly int[] _languageOffsets;
    private readonly LanguageKey[] _languageKeys;

    // Places: distinct names, their resolutions at build, each distinct set of areas known, and
    // each distinct place value as a home (or -1) and a set of areas.
    private readonly string[] _names;
    private readonly PlaceResolution?[] _resolved;
    private readonly int[] _areaSetOffsets;
    private readonly int[] _areaSetNames;
    private readonly bool[] _areaSetUnknown;
    private readonly int[] _placeHome;
    private readonly int[] _placeAreaSet;

    // Job kinds (title, domain, organisation type): an entry holding each, and its organisation type.
    private readonly ExperienceEntry[] _jobKinds;
    private readonly int[] _jobKindOrganization;

    // The relevance of each job kind, by posting judged (see ExperienceRelevance.Key); a few kept.
    private readonly ConcurrentDictionary<string, double[]> _relevance = new(StringComparer.Ordinal);

    // The field part of each diploma text, by fields asked (see EducationCriterion.FieldKey); a few kept.
    private readonly ConcurrentDictionary<string, double[]> _fieldParts = new(StringComparer.Ordinal);

    // The evaluation of each language list, by group (see LanguageCriterion.TableKey) and unknown
    // credit: the same few groups (French; a local language) recur in most postings; a few kept.
    private readonly ConcurrentDictionary<string, EvaluationTable> _languageTables = new(StringComparer.Ordinal);

    private CandidateIndex(IReadOnlyList<CandidateProfile> profiles, Gazetteer gazetteer)
    {
        var n = profiles.Count;
        _gazetteer = gazetteer;
        // First in the order given: each profile's values.
        var given = new CandidateProfile[n];
        var education = new int[n];
        var languages = new int[n];
        var skills = new int[n];
        var facts = new int[n];
        var places = new int[n];
        var jobOffsets = new int[n + 1];
        var experienceUnknown = new bool[n];

        var texts = new StringTable();
        var names = new StringTable();
        var languageKeys = new StringTable();
        var educationTexts = new StringTable();
        var skillTexts = new StringTable();
        var languageKeyValues = new List<LanguageKey>();
        var educationLists = new SequenceInterner();
        var languageLists = new SequenceInterner();
        var skillSets = new SequenceInterner();
        var factSets = new SequenceInterner();
        var areaSets = new SequenceInterner();
        var placeValues = new SequenceInterner();
        var jobKinds = new SequenceInterner();
        var factHolder = new List<int>();
        var kindEntries = new List<ExperienceEntry>();
        var jobs = new List<long>(n * 2);

        for (var i = 0; i < n; i++) given[i] = profiles[i] ?? throw new ArgumentException($"profiles[{i}] is null.", nameof(profiles));

        // Diplomas, languages and tools on one core; facts, places and jobs on the other (each
        // reader has its own tables); the ids sorted meanwhile.
        void ReadQualifications()
        {
            var scratch = new long[16];
            var items = new int[32];
            for (var i = 0; i < n; i++)
            {
                var p = given[i];
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
                education[i] = InternPairs(educationLists, null, i, scratch, count, p.Education is null, ref items);

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
                    for (var k = 0; k < count; k++) scratch[k] = (scratch[k] >> 32) * States + (int)scratch[k];
                }
                languages[i] = InternSet(languageLists, scratch, count, p.Languages is null, ref items);

                count = 0;
                if (p.Skills is { } tools)
                {
                    Ensure(ref scratch, tools.Count);
                    foreach (var s in tools) scratch[count++] = Pack(skillTexts.Id(s), 0);
                }
                skills[i] = InternPairs(skillSets, null, i, scratch, count, p.Skills is null, ref items);
            }
        }

        void ReadFactsPlacesAndJobs()
        {
            var scratch = new long[16];
            var items = new int[32];
            for (var i = 0; i < n; i++)
            {
                var p = given[i];
                // Sex, nationality and licences: read only by their own criteria.
                var count = 0;
                Ensure(ref scratch, 3 + (p.Licences?.Count ?? 0));
                scratch[count++] = Pack(-4, p.Licences is null ? 1 : 0);
                scratch[count++] = Pack(-3, p.Gender is { } g ? (int)g : -1);
                scratch[count++] = Pack(-2, p.Nationality is { } nat ? texts.Id(nat) : -1);
                if (p.Licences is { } lic)
                    foreach (var l in lic) scratch[count++] = Pack(-1, (int)l);
                facts[i] = InternPairs(factSets, factHolder, i, scratch, count, false, ref items);

                // Place: the home name (or none) and the set of area names (or unknown).
                count = 0;
                if (p.AreasKnown is { } areas)
                {
                    Ensure(ref scratch, areas.Count);
                    foreach (var a in areas) scratch[count++] = names.Id(a);
                }
                Span<int> place = [p.Home is null ? -1 : names.Id(p.Home), InternSet(areaSets, scratch, count, p.AreasKnown is null, ref items)];
                places[i] = placeValues.Intern(place);

                // Jobs.
                jobOffsets[i] = jobs.Count;
                if (p.Experience is { } entries)
                {
                    foreach (var e in entries)
                    {
                        ExperienceMonths.Encode(e, out var m, out var s, out var end);
                        Span<int> kind = [e.Title is null ? -1 : texts.Id(e.Title), e.Domain is null ? -1 : texts.Id(e.Domain), (int)(e.OrganizationType ?? 0)];
                        var k = jobKinds.Intern(kind);
                        if (k == kindEntries.Count) kindEntries.Add(e);
                        int from = m >= 0 ? -2 - m : s, to = m >= 0 ? 0 : end;
                        jobs.Add((ushort)(short)from | ((long)(ushort)(short)to << 16) | ((long)k << 32));
                    }
                }
                else experienceUnknown[i] = true;
            }
            jobOffsets[n] = jobs.Count;
        }

        int[] idOrder;
        if (n < ParallelThreshold)
        {
            idOrder = IdOrder(given);
            ReadQualifications();
            ReadFactsPlacesAndJobs();
        }
        else
        {
            var sorting = Task.Run(() => IdOrder(given));
            Parallel.Invoke(ReadQualifications, ReadFactsPlacesAndJobs);
            idOrder = sorting.GetAwaiter().GetResult();
        }

        // Then in the index's order: by segment, by id within a segment. A segment is first
        // numbered as met (its key, facts × diploma lists + diploma list, hashes without collisions).
        var met = new Dictionary<long, int>();
        var metKeys = new List<long>();
        var profileSegment = new int[n];
        long educationCount = educationLists.Count;
        for (var i = 0; i < n; i++)
        {
            var key = facts[i] * educationCount + education[i];
            if (!met.TryGetValue(key, out var m))
            {
                m = metKeys.Count;
                met.Add(key, m);
                metKeys.Add(key);
            }
            profileSegment[i] = m;
        }
        // Segments in an order that keeps those a posting's requirements let through close together:
        // by sex, then other facts; then by highest diploma level, from the highest.
        var factOrder = Ranks(factSets, static (a, b) => a[3] != b[3] ? a[3].CompareTo(b[3]) : a.SequenceCompareTo(b));
        var educationOrder = Ranks(educationLists, static (a, b) => HighestLevel(a) != HighestLevel(b) ? HighestLevel(b).CompareTo(HighestLevel(a)) : a.SequenceCompareTo(b));
        var segments = metKeys.Count;
        var byOrder = new int[segments];
        var orderKeys = new long[segments];
        for (var m = 0; m < segments; m++)
        {
            byOrder[m] = m;
            orderKeys[m] = Pack(factOrder[(int)(metKeys[m] / educationCount)], educationOrder[(int)(metKeys[m] % educationCount)]);
        }
        Array.Sort(orderKeys, byOrder);
        var segmentOfMet = new int[segments];
        _segmentFacts = new int[segments];
        _segmentEducation = new int[segments];
        _segmentStarts = new int[segments + 1];
        for (var s = 0; s < segments; s++)
        {
            var m = byOrder[s];
            segmentOfMet[m] = s;
            _segmentFacts[s] = (int)(metKeys[m] / educationCount);
            _segmentEducation[s] = (int)(metKeys[m] % educationCount);
        }
        for (var i = 0; i < n; i++)
        {
            var s = segmentOfMet[profileSegment[i]];
            profileSegment[i] = s;
            _segmentStarts[s + 1]++;
        }
        for (var s = 0; s < segments; s++) _segmentStarts[s + 1] += _segmentStarts[s];
        var position = new int[n];
        var next = _segmentStarts[..^1];
        for (var r = 0; r < n; r++)
        {
            var i = idOrder[r];
            position[i] = next[profileSegment[i]]++;
        }

        _profiles = new CandidateProfile[n];
        _rows = new int[(n + 1) * Stride];
        _jobs = new long[jobs.Count];
        var atPosition = new int[n];
        for (var r = 0; r < n; r++)
        {
            var i = idOrder[r];
            var at = position[i];
            atPosition[at] = i;
            _rows[at * Stride + RankField] = r;
            _profiles[at] = given[i];
            _rows[at * Stride + LanguagesField] = languages[i];
            _rows[at * Stride + SkillsField] = skills[i];
            _rows[at * Stride + PlacesField] = places[i];
        }
        var jobCount = 0;
        for (var at = 0; at < n; at++)
        {
            var i = atPosition[at];
            _rows[at * Stride + JobsField] = jobCount << 1 | (experienceUnknown[i] ? 1 : 0);
            for (var j = jobOffsets[i]; j < jobOffsets[i + 1]; j++) _jobs[jobCount++] = jobs[j];
        }
        _rows[n * Stride + JobsField] = jobCount << 1;

        _jobKinds = kindEntries.ToArray();
        _jobKindOrganization = _jobKinds.Select(e => (int)(e.OrganizationType ?? 0)).ToArray();
        _factHolder = factHolder.Select(i => position[i]).ToArray();
        (_languagePool, _languageOffsets) = languageLists.ToArrays();
        (_educationPool, _educationOffsets) = educationLists.ToArrays();
        _educationTexts = educationTexts.ToArray();
        (_skillPool, _skillOffsets) = skillSets.ToArrays();
        _skillTexts = skillTexts.ToArray();
        _languageKeys = languageKeyValues.ToArray();

        _names = names.ToArray();
        _resolved = new PlaceResolution?[_names.Length];
        for (var i = 0; i < _names.Length; i++) _resolved[i] = Resolve(gazetteer, _names[i]);
        (_areaSetNames, _areaSetOffsets) = areaSets.ToArrays();
        _areaSetUnknown = new bool[areaSets.Count];
        for (var a = 0; a < _areaSetUnknown.Length; a++)
            _areaSetUnknown[a] = _areaSetOffsets[a + 1] - _areaSetOffsets[a] == 1 && _areaSetNames[_areaSetOffsets[a]] == int.MinValue;
        _placeHome = new int[placeValues.Count];
        _placeAreaSet = new int[placeValues.Count];
        for (var s = 0; s < placeValues.Count; s++)
        {
            _placeHome[s] = placeValues[s][0];
            _placeAreaSet[s] = placeValues[s][1];
        }
    }

    /// <summary>Each sequence's rank in the order <paramref name="compare"/> gives.</summary>
    private static int[] Ranks(SequenceInterner sequences, SequenceComparison compare)
    {
        var order = new int[sequences.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => compare(sequences[a], sequences[b]));
        var ranks = new int[order.Length];
        for (var r = 0; r < order.Length; r++) ranks[order[r]] = r;
        return ranks;
    }

    private delegate int SequenceComparison(ReadOnlySpan<int> a, ReadOnlySpan<int> b);

    /// <summary>The highest level of a diploma list as interned ((text, level) pairs), -1 where none is known.</summary>
    private static int HighestLevel(ReadOnlySpan<int> list)
    {
        var best = -1;
        for (var k = 1; k < list.Length; k += 2) best = Math.Max(best, list[k]);
        return best;
    }

    /// <summary>
    /// The profiles' positions in the ordinal order of their ids (the order given where it is
    /// already so, checked in one pass).
    /// </summary>
    /// <exception cref="ArgumentException">Two profiles share an id: the message names the first profile whose id an earlier one has, and that one.</exception>
    private static int[] IdOrder(CandidateProfile[] profiles)
    {
        var n = profiles.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        var sorted = true;
        for (var i = 1; i < n && sorted; i++) sorted = string.CompareOrdinal(profiles[i - 1].Id, profiles[i].Id) < 0;
        if (sorted) return order;
        var ids = new string[n];
        for (var i = 0; i < n; i++) ids[i] = profiles[i].Id;
        SortOrdinal(ids, order);
        // Equal ids are now side by side. Read in the order given, the first repeat is the run
        // whose second-earliest profile comes first.
        int repeat = -1, original = -1;
        for (var r = 1; r < n; r++)
        {
            if (!string.Equals(ids[r], ids[r - 1], StringComparison.Ordinal)) continue;
            var start = r - 1;
            while (r < n && string.Equals(ids[r], ids[start], StringComparison.Ordinal)) r++;
            int first = int.MaxValue, second = int.MaxValue;
            for (var k = start; k < r; k++)
            {
                var i = order[k];
                if (i < first) (first, second) = (i, first);
                else if (i < second) second = i;
            }
            if (repeat < 0 || second < repeat) (repeat, original) = (second, first);
        }
        if (repeat >= 0)
            throw new ArgumentException($"profiles[{repeat}] has the id '{profiles[repeat].Id}' of profiles[{original}]; ids must be unique.", nameof(profiles));
        return order;
    }


    /// <summary>How many profiles the index holds.</summary>
    public int Count => _profiles.Length;

    /// <summary>How many distinct values the index holds, all columns together (diploma lists, language lists, tool sets, places, sets of areas, other facts, place names, job kinds).</summary>
    public int DistinctValues => _educationOffsets.Length - 1 + _languageOffsets.Length - 1 + _skillOffsets.Length - 1 + _factHolder.Length + _placeHome.Length + _areaSetUnknown.Length + _names.Length + _jobKinds.Length;

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
            total += 3 * header + 4L * (_segmentStarts.Length + _segmentFacts.Length + _segmentEducation.Length);
            total += header + 4L * _rows.Length;
            total += header + 8L * _jobs.Length;
            total += header + 4L * _factHolder.Length;
            total += 2 * header + 16L * _names.Length;
            total += 3 * header + 4L * (_areaSetOffsets.Length + _areaSetNames.Length) + _areaSetUnknown.Length;
            total += 2 * header + 4L * (_placeHome.Length + _placeAreaSet.Length);
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

    /// <summary>Forgets what was kept from earlier postings, so that the next ranking computes it all again (measures a posting's first ranking).</summary>
    internal void ForgetKept()
    {
        _relevance.Clear();
        _fieldParts.Clear();
        _languageTables.Clear();
    }

    /// <summary>A language group's table, kept for the next rankings of postings asking the same group.</summary>
    private EvaluationTable LanguageTable(LanguageCriterion criterion, double credit, Func<LanguageCriterion, double, EvaluationTable> build)
    {
        var key = criterion.TableKey + "|" + BitConverter.DoubleToInt64Bits(credit).ToString(CultureInfo.InvariantCulture);
        if (_languageTables.TryGetValue(key, out var kept)) return kept;
        var table = build(criterion, credit);
        if (_languageTables.Count >= RelevanceKept) _languageTables.Clear();
        _languageTables.TryAdd(key, table);
        return table;
    }

    private static PlaceResolution? Resolve(Gazetteer gazetteer, string name)
        => string.IsNullOrWhiteSpace(name) ? null : gazetteer.Resolve(name);

    private static long Pack(int high, int low) => ((long)high << 32) | (uint)low;

    private int FirstJob(int i) => _rows[i * Stride + JobsField] >> 1;

    private bool ExperienceUnknown(int i) => (_rows[i * Stride + JobsField] & 1) != 0;

    private static int JobFrom(long job) => (short)job;

    private static int JobTo(long job) => (short)(job >> 16);

    private static int JobKind(long job) => (int)(job >> 32);

    private static void Ensure(ref long[] scratch, int size)
    {
        if (scratch.Length < size) scratch = new long[Math.Max(size, scratch.Length * 2)];
    }

    /// <summary>
    /// Sorts strings in ordinal order, carrying <paramref name="items"/> along. Ids of a roster
    /// often share a prefix and differ in the next few characters: those, packed into a number
    /// in the same order (8 bits a character where all fit, else 16), sort the most; strings
    /// whose numbers tie are then sorted among themselves.
    /// </summary>
    private static void SortOrdinal(string[] keys, int[] items)
    {
        var n = keys.Length;
        var prefix = n == 0 ? 0 : keys[0].Length;
        for (var i = 1; i < n && prefix > 0; i++)
            prefix = Math.Min(prefix, keys[0].AsSpan(0, Math.Min(prefix, keys[0].Length)).CommonPrefixLength(keys[i]));
        var narrow = true;
        for (var i = 0; i < n && narrow; i++)
        {
            var k = keys[i];
            for (var c = prefix; c < Math.Min(k.Length, prefix + 8) && narrow; c++) narrow = k[c] < 256;
        }
        var (width, bits) = narrow ? (8, 8) : (4, 16);
        var packed = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            var k = keys[i];
            ulong v = 0;
            for (var c = prefix; c < prefix + width; c++) v = (v << bits) | (c < k.Length ? k[c] : 0u);
            packed[i] = v;
        }
        var position = new int[n];
        for (var i = 0; i < n; i++) position[i] = i;
        Array.Sort(packed, position);
        var sortedKeys = new string[n];
        var sortedItems = new int[n];
        for (var r = 0; r < n; r++)
        {
            sortedKeys[r] = keys[position[r]];
            sortedItems[r] = items[position[r]];
        }
        for (var r = 1; r < n; r++)
        {
            if (packed[r] != packed[r - 1]) continue;
            var start = r - 1;
            while (r < n && packed[r] == packed[start]) r++;
            Array.Sort(sortedKeys, sortedItems, start, r - start, StringComparer.Ordinal);
        }
        sortedKeys.CopyTo(keys, 0);
        sortedItems.CopyTo(items, 0);
    }

    /// <summary>Sorts a span, by insertion where it is short (a profile's few languages or diplomas).</summary>
    private static void SortSmall(Span<long> values)
    {
        if (values.Length > 16)
        {
            values.Sort();
            return;
        }
        for (var i = 1; i < values.Length; i++)
        {
            var v = values[i];
            var j = i - 1;
            while (j >= 0 && values[j] > v)
            {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = v;
        }
    }

    /// <summary>Interns the set of numbers scratch[..count] (order and repeats do not count), or "unknown".</summary>
    private static int InternSet(SequenceInterner interner, long[] scratch, int count, bool unknown, ref int[] items)
    {
        if (unknown) return interner.Intern([int.MinValue]);
        var values = scratch.AsSpan(0, count);
        SortSmall(values);
        if (items.Length < count) items = new int[2 * count];
        var length = 0;
        for (var k = 0; k < count; k++)
            if (k == 0 || values[k] != values[k - 1]) items[length++] = (int)values[k];
        return interner.Intern(items.AsSpan(0, length));
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
            SortSmall(pairs);
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
        private readonly Source[] _sources;
        private readonly int[] _fields;
        private readonly EvaluationTable?[] _tables;
        private readonly Plan[] _plan;
        private readonly double[] _weights;
        private readonly bool[] _required;
        private readonly ExperienceCriterion? _experience;
        private readonly int _experienceColumn;
        private double[] _jobRelevance = Array.Empty<double>();
        private double[] _jobWeight = Array.Empty<double>();
        private readonly int? _reference;
        // The flags that make a profile ineligible: a required criterion not met, or unknown where unknown excludes.
        private readonly long _excludingFlags;
        // The criteria read per segment (diplomas and other facts), in the posting's order.
        private readonly int[] _segmentCriteria;
        // The required criteria read per profile from a column, as gates: the column and whether
        // each value makes a profile ineligible; the one that excludes most first.
        private readonly int[] _gateFields;
        private readonly byte[]?[] _gateClasses;
        private readonly byte[][] _gateExcluded;
        private readonly int _partitions;
        private readonly int _chunks;
        private int _nextChunk;
        private readonly Best[] _results;

        public IndexQuery(CandidateIndex index, CompiledPosting compiled, int k)
        {
            _index = index;
            _compiled = compiled;
            _k = k;
            _reference = compiled.ReferenceMonth;
            var criteria = compiled.Criteria;
            _sources = new Source[criteria.Length];
            _fields = new int[criteria.Length];
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
            // What the scan reads per criterion: the value (of the segment or the profile), its
            // class, and the class's weighted score and flags, computed once (the product is the
            // one the matcher adds).
            _plan = new Plan[criteria.Length];
            for (var c = 0; c < criteria.Length; c++)
            {
                if (_tables[c] is not { } table) continue;
                var values = table.Values;
                var terms = new Term[values.Length];
                for (var v = 0; v < values.Length; v++) terms[v] = ToTerm(c, values[v]);
                _plan[c] = new Plan(_sources[c], _fields[c], table.Classes, terms);
            }
            _excludingFlags = FailedOne * 0x1FFFFF | (compiled.Options.UnknownRequired == UnknownPolicy.Exclude ? UnknownOne * 0x1FFFFF : 0);
            _segmentCriteria = Enumerable.Range(0, criteria.Length).Where(c => _sources[c] is Source.Facts or Source.Education).ToArray();
            (_gateFields, _gateClasses, _gateExcluded) = Gates();
            var n = index.Count;
            _partitions = n < ParallelThreshold ? 1 : Math.Max(1, Math.Min(Environment.ProcessorCount, n / ParallelThreshold));
            _results = new Best[_partitions];
            _chunks = _partitions == 1 ? 1 : _partitions * 16;
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
                    _sources[c] = Source.Experience;
                    break;
                case EducationCriterion education:
                    _sources[c] = Source.Education;
                    _tables[c] = Education(education, context);
                    break;
                case LanguageCriterion language:
                    _sources[c] = Source.Column;
                    _fields[c] = LanguagesField;
                    _tables[c] = index.LanguageTable(language, compiled.Options.UnknownCredit, Languages);
                    break;
                case SkillsCriterion skills:
                    _sources[c] = Source.Column;
                    _fields[c] = SkillsField;
                    _tables[c] = Skills(skills, context.Options.UnknownCredit);
                    break;
                case LocationCriterion location:
                    _sources[c] = Source.Column;
                    _fields[c] = PlacesField;
                    _tables[c] = Location(location, resolved!, compiled.Options.UnknownCredit);
                    break;
                case AreaCriterion area:
                    _sources[c] = Source.Column;
                    _fields[c] = PlacesField;
                    _tables[c] = Areas(area, resolved!, compiled.Options.UnknownCredit);
                    break;
                default:
                    _sources[c] = Source.Facts;
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
            Array.Sort(all, static (a, b) => Compare(a, b));
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
        /// A group's evaluation of each distinct language list. A group keeps its languages' best
        /// evaluation, and equal scores are equal evaluations: so the evaluations a language can
        /// give (unstated, each stated level) are ranked by score once, each (language, state)
        /// gets the rank of the best it gives (0 outside the group), and a list takes its highest.
        /// </summary>
        private EvaluationTable Languages(LanguageCriterion criterion, double credit)
        {
            var ix = _index;
            var asked = criterion.MinLevel;
            var palette = new EvaluationPalette();
            var none = palette.Add(new Evaluation(Outcome.NotMet, 0));
            var unknown = palette.Add(Evaluation.Unknown(credit));
            var unstated = LanguageCriterion.Formula(null, asked);
            var levels = new Evaluation[States >> 2];
            for (var l = 0; l < levels.Length; l++) levels[l] = LanguageCriterion.Formula((LanguageLevel)l, asked);
            // Ranks 1, 2 … by increasing score; the class of each rank.
            var scores = levels.Select(e => e.Score).Append(unstated.Score).Distinct().Order().ToArray();
            var classOfRank = new int[scores.Length + 1];
            classOfRank[0] = none;
            foreach (var e in levels.Append(unstated)) classOfRank[1 + Array.IndexOf(scores, e.Score)] = palette.Add(e);
            var rankOf = new byte[ix._languageKeys.Length * States];
            for (var key = 0; key < ix._languageKeys.Length; key++)
            {
                if (!criterion.InGroup(ix._languageKeys[key])) continue;
                for (var state = 0; state < States; state++)
                {
                    var rank = 0;
                    if ((state & 1) != 0) rank = 1 + Array.IndexOf(scores, unstated.Score);
                    if ((state & 2) != 0) rank = Math.Max(rank, 1 + Array.IndexOf(scores, levels[state >> 2].Score));
                    rankOf[key * States + state] = (byte)rank;
                }
            }
            var offsets = ix._languageOffsets;
            var pool = ix._languagePool;
            // Kept beyond this ranking (see LanguageTable): not pooled. At most eleven evaluations:
            // the classes are written directly.
            var table = new EvaluationTable(offsets.Length - 1, palette, pooled: false);
            var classes = table.PaletteClasses!;
            for (var s = 0; s < table.Length; s++)
            {
                var from = offsets[s];
                var to = offsets[s + 1];
                if (to - from == 1 && pool[from] == int.MinValue)
                {
                    classes[s] = (byte)unknown;
                    continue;
                }
                var best = 0;
                for (var k = from; k < to; k++) best = Math.Max(best, rankOf[pool[k]]);
                classes[s] = (byte)classOfRank[best];
            }
            return table;
        }

        /// <summary>
        /// For each distinct set of areas known, whether an area of it is one of the names flagged;
        /// rented (the array may be longer), to give back with <see cref="ArrayPool{T}.Return"/>.
        /// </summary>
        private bool[] AnyOf(bool[] flagged)
        {
            var ix = _index;
            var count = ix._areaSetUnknown.Length;
            var result = ArrayPool<bool>.Shared.Rent(Math.Max(1, count));
            for (var a = 0; a < count; a++)
            {
                var any = false;
                if (!ix._areaSetUnknown[a])
                    for (var k = ix._areaSetOffsets[a]; k < ix._areaSetOffsets[a + 1] && !any; k++) any = flagged[ix._areaSetNames[k]];
                result[a] = any;
            }
            return result;
        }

        /// <summary>
        /// The evaluation of each distinct place: it depends only on the home (its distance and
        /// whether a station's area covers it) and whether an area known covers a station, so the
        /// evaluations are computed per name and per set of areas, then each place picks its own.
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
            var setKnows = AnyOf(knows);
            var table = new EvaluationTable(ix._placeHome.Length, palette);
            var homes = ix._placeHome;
            var sets = ix._placeAreaSet;
            for (var s = 0; s < table.Length; s++) table.SetClass(s, classes[2 * (homes[s] + 1) + (setKnows[sets[s]] ? 1 : 0)]);
            ArrayPool<bool>.Shared.Return(setKnows);
            return table;
        }

        private EvaluationTable Areas(AreaCriterion criterion, PlaceResolution?[] resolved, double credit)
        {
            var ix = _index;
            var names = ix._names;
            var m = criterion.AreaCount;
            var homeKnows = new bool[m][];
            var setKnows = new bool[m][];
            for (var j = 0; j < m; j++)
            {
                homeKnows[j] = new bool[names.Length];
                var nameKnows = new bool[names.Length];
                for (var i = 0; i < names.Length; i++)
                {
                    homeKnows[j][i] = criterion.HomeKnows(j, resolved[i]);
                    nameKnows[i] = criterion.NameKnows(j, names[i], resolved[i]);
                }
                setKnows[j] = AnyOf(nameKnows);
            }
            var table = new EvaluationTable(ix._placeHome.Length);
            for (var s = 0; s < table.Length; s++)
            {
                var home = ix._placeHome[s];
                var set = ix._placeAreaSet[s];
                var unknownAreas = ix._areaSetUnknown[set];
                if (unknownAreas && home < 0)
                {
                    table[s] = Evaluation.Unknown(credit);
                    continue;
                }
                var count = 0;
                for (var j = 0; j < m; j++)
                    if ((home >= 0 && homeKnows[j][home]) || setKnows[j][set]) count++;
                table[s] = criterion.Combine(count, unknownAreas, credit);
            }
            foreach (var known in setKnows) ArrayPool<bool>.Shared.Return(known);
            return table;
        }

        private void Scan(int part)
        {
            var best = new Best(_k);
            var segmentTerms = new Term[_plan.Length];
            // The roster in chunks, each taken by the first partition free: the work of a chunk
            // depends on the posting (segments passed over cost nothing), so a fixed split would not share it.
            var n = _index.Count;
            int chunk;
            while ((chunk = Interlocked.Increment(ref _nextChunk) - 1) < _chunks)
                Scan((int)((long)n * chunk / _chunks), (int)((long)n * (chunk + 1) / _chunks), best, segmentTerms);
            _results[part] = best;
        }

        /// <summary>Profiles <paramref name="from"/> to <paramref name="to"/> (excluded) into a partition's best k.</summary>
        private void Scan(int from, int to, Best best, Term[] segmentTerms)
        {
            var rows = _index._rows;
            var starts = _index._segmentStarts;
            // Jobs are the one costly criterion. Scored first from a bound on their months, a profile
            // whose bound cannot enter the best k needs its jobs only to tell whether it is eligible.
            var experienceRequired = _experience is not null && _required[_experienceColumn];
            var first = Array.BinarySearch(starts, 0, starts.Length - 1, from);
            for (var s = first >= 0 ? first : ~first - 1; s < starts.Length - 1 && starts[s] < to; s++)
            {
                // A segment the required criteria on diplomas or facts exclude holds no eligible
                // profile: once the best k are better than its best tier, it is passed over whole.
                var floor = Segment(s, segmentTerms);
                if (best.Full && floor > best.Heap[0].Tier) continue;
                var excluded = floor > 0;
                var end = Math.Min(to, starts[s + 1]);
                for (var i = Math.Max(from, starts[s]); i < end; i++)
                {
                    // Once the best k are all eligible, an ineligible profile cannot enter: the required
                    // criteria settle most profiles, then the jobs, before any score is added.
                    var counted = false;
                    var upper = -1.0;
                    if (best.Full && best.Heap[0].Tier == 0)
                    {
                        if (excluded) break;
                        if (Excluded(i)) continue;
                        if (experienceRequired && ExperienceExcludes(i, out upper)) continue;
                        best.Eligible++;
                        counted = true;
                    }
                    int failed, nearFailed, unknownRequired;
                    double sum;
                    if (_experience is not null)
                    {
                        // Bounded first from the jobs' lengths: most profiles go no further.
                        if (upper < 0) upper = UpperMonths(i, default, default, default, out _);
                        sum = Sum(i, ExperienceBound(i, upper), segmentTerms, out failed, out nearFailed, out unknownRequired);
                        var bound = _compiled.Combine(sum, failed, nearFailed, unknownRequired, out var mayBeEligible, out var mayNearMiss, out _);
                        if (best.Full && Compare(new Entry(RankOrder.Tier(mayBeEligible, mayNearMiss, failed), bound, rows[i * Stride + RankField], i), best.Heap[0]) > 0)
                        {
                            if (!counted && mayBeEligible && !(experienceRequired && ExperienceExcludes(i, out _))) best.Eligible++;
                            continue;
                        }
                        sum = Sum(i, Experience(i), segmentTerms, out failed, out nearFailed, out unknownRequired);
                    }
                    else sum = Sum(i, default, segmentTerms, out failed, out nearFailed, out unknownRequired);
                    var score = _compiled.Combine(sum, failed, nearFailed, unknownRequired, out var eligible, out var nearMiss, out _);
                    if (eligible && !counted) best.Eligible++;
                    best.Offer(new Entry(RankOrder.Tier(eligible, nearMiss, failed), score, rows[i * Stride + RankField], i));
                }
            }
        }

        /// <summary>
        /// The terms of the criteria read per segment, and the best tier a profile of segment
        /// <paramref name="s"/> can reach from them: 0 where they exclude no one.
        /// </summary>
        private int Segment(int s, Term[] terms)
        {
            var ix = _index;
            long flags = 0;
            foreach (var c in _segmentCriteria)
            {
                ref readonly var step = ref _plan[c];
                var value = step.Source == Source.Facts ? ix._segmentFacts[s] : ix._segmentEducation[s];
                var t = step.Classes is { } classes ? step.Terms[classes[value]] : step.Terms[value];
                terms[c] = t;
                flags += t.Flags;
            }
            if ((flags & _excludingFlags) == 0) return 0;
            // Not eligible: a near miss at best where its one failure is near and no unknown
            // excludes it (see RankOrder.Tier); else 2 + its failures at least.
            var failed = (int)(flags & 0x1FFFFF);
            var near = (int)((flags >> 21) & 0x1FFFFF);
            var unknownExcludes = (flags & _excludingFlags & (UnknownOne * 0x1FFFFF)) != 0;
            return failed == 1 && near == 1 && !unknownExcludes ? 1 : 2 + Math.Min(failed, 1000);
        }

        private Term ToTerm(int c, Evaluation e)
        {
            var required = _required[c];
            var notMet = required && e.Outcome == Outcome.NotMet;
            return new Term(_weights[c] * e.Score, (notMet ? FailedOne : 0) | (notMet && e.NearMiss ? NearFailedOne : 0) | (required && e.Outcome == Outcome.Unknown ? UnknownOne : 0));
        }

        /// <summary>The weighted sum of the criteria in the posting's order, as <see cref="CompiledPosting.Score"/> adds it.</summary>
        private double Sum(int i, Evaluation experience, Term[] segmentTerms, out int failed, out int nearFailed, out int unknownRequired)
        {
            var plan = _plan;
            double sum = 0;
            long flags = 0;
            for (var c = 0; c < plan.Length; c++)
            {
                ref readonly var step = ref plan[c];
                Term t;
                if (step.Source == Source.Column)
                {
                    var v = _index._rows[i * Stride + step.Field];
                    t = step.Classes is { } classes ? step.Terms[classes[v]] : step.Terms[v];
                }
                else if (step.Source == Source.Experience) t = ToTerm(c, experience);
                else t = segmentTerms[c];
                sum += t.Weighted;
                flags += t.Flags;
            }
            failed = (int)(flags & 0x1FFFFF);
            nearFailed = (int)((flags >> 21) & 0x1FFFFF);
            unknownRequired = (int)(flags >> 42);
            return sum;
        }

        /// <summary>Whether a required criterion read per profile (other than experience) makes profile <paramref name="i"/> ineligible.</summary>
        private bool Excluded(int i)
        {
            var rows = _index._rows;
            var row = i * Stride;
            for (var g = 0; g < _gateFields.Length; g++)
            {
                var v = rows[row + _gateFields[g]];
                if (_gateExcluded[g][_gateClasses[g] is { } classes ? classes[v] : v] != 0) return true;
            }
            return false;
        }

        /// <summary>
        /// The required criteria read per profile from a column, each as a gate: the field, the
        /// values' classes (or null) and whether each class (or value) makes a profile ineligible.
        /// Ordered by the share of a sample of profiles each excludes, most first, so most profiles
        /// stop at the first.
        /// </summary>
        private (int[], byte[]?[], byte[][]) Gates()
        {
            var gates = new List<(int Field, byte[]? Classes, byte[] Excluded, int Hits)>();
            var rows = _index._rows;
            var n = _index.Count;
            var step = Math.Max(1, n / 1024);
            for (var c = 0; c < _plan.Length; c++)
            {
                if (!_required[c] || _plan[c].Source != Source.Column) continue;
                var (_, field, classes, terms) = _plan[c];
                var excluded = new byte[terms.Length];
                for (var t = 0; t < terms.Length; t++) excluded[t] = (terms[t].Flags & _excludingFlags) != 0 ? (byte)1 : (byte)0;
                var hits = 0;
                for (var i = 0; i < n; i += step)
                {
                    var v = rows[i * Stride + field];
                    hits += excluded[classes is null ? v : classes[v]];
                }
                gates.Add((field, classes, excluded, hits));
            }
            gates.Sort((a, b) => b.Hits.CompareTo(a.Hits));
            return (gates.Select(g => g.Field).ToArray(), gates.Select(g => g.Classes).ToArray(), gates.Select(g => g.Excluded).ToArray());
        }

        /// <summary>
        /// Whether required experience makes a profile ineligible (not met, or unknown where unknown
        /// excludes). Decided from bounds on the months where they settle it: no more than the sum
        /// of the jobs' weighted lengths (<paramref name="upper"/>); no less than that sum less, for
        /// each two dated jobs, their overlap at the larger weight (a month covered by several jobs
        /// counts at their largest weight, which this never exceeds); so jobs that do not overlap settle it.
        /// </summary>
        private bool ExperienceExcludes(int i, out double upper)
        {
            var ix = _index;
            upper = 0;
            if (ix.ExperienceUnknown(i)) return _compiled.Options.UnknownRequired == UnknownPolicy.Exclude;
            var n = ix.FirstJob(i + 1) - ix.FirstJob(i);
            var floor = _experience!.MinYears;
            if (n > 32)
            {
                var years = CountedYears(i);
                upper = years * 12;
                return !(years + 1e-9 >= floor);
            }
            upper = UpperMonths(i, default, default, default, out var dated);
            if (upper / 12.0 + 1e-9 < floor - 1e-7) return true;
            // Fewer than two dated jobs cannot overlap: the sum is the count.
            if (dated < 2 && upper / 12.0 > floor + 1e-7) return false;
            Span<int> starts = stackalloc int[n];
            Span<int> ends = stackalloc int[n];
            Span<double> weights = stackalloc double[n];
            UpperMonths(i, starts, ends, weights, out dated);
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

        /// <summary>
        /// The sum of profile <paramref name="i"/>'s jobs' weighted lengths in months, overlaps
        /// counted twice: at least the months the criterion counts. The dated jobs that count are
        /// written to the spans where they are long enough.
        /// </summary>
        private double UpperMonths(int i, Span<int> starts, Span<int> ends, Span<double> weights, out int dated)
        {
            var ix = _index;
            var reference = _reference;
            dated = 0;
            double upper = 0;
            for (int j = ix.FirstJob(i), last = ix.FirstJob(i + 1); j < last; j++)
            {
                var job = ix._jobs[j];
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
                if (dated < starts.Length)
                {
                    starts[dated] = s;
                    ends[dated] = endIndex + 1;
                    weights[dated] = w;
                }
                dated++;
            }
            return upper;
        }

        /// <summary>
        /// An evaluation of profile <paramref name="i"/>'s experience no worse than the true one, in
        /// score and tier: the formula on the months of <see cref="UpperMonths"/>, raised past any
        /// difference in rounding, without scoped parts (the formula never rises in missing one).
        /// </summary>
        private Evaluation ExperienceBound(int i, double upper)
        {
            if (_index.ExperienceUnknown(i)) return Evaluation.Unknown(_compiled.Options.UnknownCredit);
            return ExperienceCriterion.Formula(upper / 12.0 * (1 + 1e-12) + 1e-9, _experience!.MinYears, false);
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
            var start = ix.FirstJob(i);
            var n = ix.FirstJob(i + 1) - start;
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
            if (ix.ExperienceUnknown(i)) return Evaluation.Unknown(_compiled.Options.UnknownCredit);
            var start = ix.FirstJob(i);
            var n = ix.FirstJob(i + 1) - start;
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

        /// <summary><see cref="RankOrder.Compare"/>, with the ids' ranks in place of the ids.</summary>
        internal static int Compare(in Entry a, in Entry b)
        {
            if (a.Tier != b.Tier) return a.Tier < b.Tier ? -1 : 1;
            var c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : a.Rank.CompareTo(b.Rank);
        }
    }

    /// <summary>A partition's best k so far (a max-heap under the ranking order: the root is the worst kept), and its count of eligible profiles.</summary>
    private sealed class Best(int k)
    {
        // Grown as entries come, up to k: a ranking of the whole roster on many cores holds what it keeps, not k per core.
        public Entry[] Heap = new Entry[Math.Min(k, 256)];
        public int Count;
        public int Eligible;

        public bool Full => Count == k;

        public void Offer(in Entry entry)
        {
            if (Count < k)
            {
                if (Count == Heap.Length) Array.Resize(ref Heap, (int)Math.Min(k, 2L * Heap.Length));
                Heap[Count] = entry;
                SiftUp(Count++);
                return;
            }
            if (IndexQuery.Compare(entry, Heap[0]) < 0)
            {
                Heap[0] = entry;
                SiftDown();
            }
        }

        private void SiftUp(int i)
        {
            var h = Heap;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (IndexQuery.Compare(h[i], h[parent]) <= 0) break;
                (h[i], h[parent]) = (h[parent], h[i]);
                i = parent;
            }
        }

        private void SiftDown()
        {
            var h = Heap;
            var i = 0;
            while (true)
            {
                var l = 2 * i + 1;
                var r = l + 1;
                var worst = i;
                if (l < Count && IndexQuery.Compare(h[l], h[worst]) > 0) worst = l;
                if (r < Count && IndexQuery.Compare(h[r], h[worst]) > 0) worst = r;
                if (worst == i) return;
                (h[i], h[worst]) = (h[worst], h[i]);
                i = worst;
            }
        }
    }

    /// <summary>A profile in a partition's best k: its tier, score, id's rank and position in the index.</summary>
    private readonly record struct Entry(int Tier, double Score, int Rank, int Index);

    /// <summary>Where the scan reads a criterion: the experience of the profile, the facts or diplomas of its segment, or a column of values per profile.</summary>
    private enum Source : byte { Experience, Facts, Education, Column }


    // A term's flags: counts of required criteria not met, not met by a near miss, and unknown, 21 bits each.
    private const long FailedOne = 1, NearFailedOne = 1L << 21, UnknownOne = 1L << 42;

    /// <summary>One criterion's contribution: weight × score, and flags counting it where it is a required criterion not met (near miss) or unknown.</summary>
    private readonly record struct Term(double Weighted, long Flags);

    /// <summary>One criterion as the scan reads it: where, the field of a row (for a column), the values' classes (or null), the terms.</summary>
    private readonly record struct Plan(Source Source, int Field, byte[]? Classes, Term[] Terms);

}
