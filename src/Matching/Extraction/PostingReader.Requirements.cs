using Matching.Internal;
using Matching.Model;

namespace Matching.Extraction;

/// <summary>The requirements: diploma, experience, languages, licences, skills, areas, nationality.</summary>
internal sealed partial class PostingReader
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:/\s*\d\b\s*)?(?:[12]\b\s*)?(?:\(\s*[a-z0-9]{1,3}\s*\)\s*)?(?:(?:au\s+)?minimum\b|au\s+moins\b|ou\s+plus\b)?", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex LevelTail();

    /// <summary>Diploma words that name a diploma wherever they stand ("avoir au moins le BTS en comptabilité").</summary>
    private static readonly string[] UnambiguousDiplomas = ["bts", "dut", "deug", "dess", "dea", "master", "doctorat", "baccalaureat", "licence", "def", "bt"];

    /// <summary>Verbs that open the next requirement in a run-on list ("…, maîtriser Excel").</summary>
    private static readonly string[] RequirementVerbs = ["avoir", "etre", "maitriser", "justifier", "parler", "savoir", "disposer", "connaitre", "posseder", "pouvoir"];

    private static readonly string[] DiplomaContext = ["diplome", "diplomes", "titulaire", "niveau", "formation", "etudes", "qualification", "cursus", "bac", "universitaire", "degree"];
    private static readonly string[] LanguageContext = ["langue", "langues", "parler", "parle", "parlee", "parlant", "maitrise", "maitriser", "courant", "couramment", "ecrit", "oral", "lu", "connaissance", "notions", "bonne", "excellent", "excellente", "parfaite", "language", "languages", "fluent", "fluency", "lire", "ecrire", "savoir", "knowledge", "command", "speak", "write"];
    private static readonly string[] PluralMarkers = ["exiges", "exigees", "souhaites", "souhaitees", "requis", "requises", "apprecies", "appreciees", "obligatoires", "indispensables", "souhaitables"];
    private static readonly string[] ExperienceWords = ["experience", "experiences", "exp", "experiance", "experiances", "experence", "experences", "exprience", "expriences", "experince", "experinces"];
    private static readonly string[] SkillContext = ["informatique", "logiciel", "logiciels", "microsoft", "office", "ordinateur", "bureautique", "outils", "outil", "applications", "computer", "software"];

    private static Necessity PreferredOr(string words, Necessity fallback, bool ignorePreferenceOfField = false)
    {
        var n = FrenchLexicon.NecessityIn(ignorePreferenceOfField ? words.Replace("de preference", "", StringComparison.Ordinal).Replace("preferable", "", StringComparison.Ordinal) : words);
        return n ?? fallback;
    }

    // ---------- education ----------

    private EducationRequirement? ReadEducation()
    {
        foreach (var scope in Scopes(shared: false))
        {
            Sentence? levelless = null;
            foreach (var s in _doc.Sentences(scope.Start, scope.End).Where(x => x.Line.Section is "education" || x.Has(FrenchLexicon.DiplomaWords) || x.Contains("bac")))
            {
                var words = s.Words;
                var inSection = s.Line.Section is "education" or "profile";
                if (!inSection && !DiplomaContext.Any(c => HasWord(words, c)) && !StartsWithDiploma(words)
                    && (s.Line.Section is "tasks" or "context" or "application" || !UnambiguousDiplomas.Any(d => HasWord(words, d)))) continue;
                var levels = LevelsIn(s, out var firstEnd);
                if (levels.Count == 0)
                {
                    // "Être titulaire du diplôme d'État de sage-femme": a diploma without a level
                    if (s.Line.Section == "education" && (HasWord(words, "diplome") || HasWord(words, "titulaire"))
                        || s.Line.Section == "profile" && HasWord(words, "titulaire") && (HasWord(words, "diplome") || HasWord(words, "brevet"))) levelless ??= s;
                    continue;
                }
                var level = levels.Min();
                var fields = FieldsOfStudy(s, firstEnd);
                Note(PostingField.Education, s.Start, s.End);
                if (fields.Count == 0) fields = FieldsNearby(s, scope);
                return new EducationRequirement(level, fields, PreferredOr(words, Necessity.Required, ignorePreferenceOfField: true));
            }
            if (levelless is { } l)
            {
                Note(PostingField.Education, l.Start, l.End);
                var start = l.Folded.IndexOf("diplome", StringComparison.Ordinal);
                return new EducationRequirement(null, FieldsOfStudy(l, l.Start + Math.Max(0, start) + 7), PreferredOr(l.Words, Necessity.Required, true));
            }
        }
        return null;
    }

    /// <summary>"Licence en sociologie.", "Master 2 en droit …": a sentence that opens with a diploma followed by its field.</summary>
    private static bool StartsWithDiploma(string words)
    {
        foreach (var hit in FrenchLexicon.DiplomaMatcher.FindAll(words))
        {
            if (hit.Start > 0) return false;
            var rest = words[hit.End..].TrimStart();
            if (rest.Length > 0 && char.IsDigit(rest[0])) rest = rest[1..].TrimStart();
            return rest.StartsWith("en ", StringComparison.Ordinal) || rest.StartsWith("de ", StringComparison.Ordinal) || rest.StartsWith("d ", StringComparison.Ordinal)
                || rest.StartsWith("dans ", StringComparison.Ordinal) || rest.StartsWith("ou ", StringComparison.Ordinal);
        }
        return Patterns.BacPlus().Match(words) is { Success: true, Index: 0 };
    }

    /// <summary>
    /// "Niveau d'études : Bac+2 … BTS ou DUT en banque, finance ou gestion": where the diploma sentence names no
    /// discipline, the next diploma sentences (up to fifteen lines further) may.
    /// </summary>
    private List<string> FieldsNearby(Sentence first, (int Start, int End) scope)
    {
        var last = Math.Min(scope.End, first.Line.Index + 16);
        foreach (var s in _doc.Sentences(first.Line.Index, last))
        {
            if (s.Start <= first.Start || !(s.Has(FrenchLexicon.DiplomaWords) || s.Contains("bac"))) continue;
            if (s.Line.Section is "tasks" or "context" or "application") continue;
            if (LevelsIn(s, out var end).Count == 0) continue;
            var fields = FieldsOfStudy(s, end);
            if (fields.Count > 0) { Note(PostingField.Education, s.Start, s.End); return fields; }
        }
        return [];
    }

    /// <summary>The diploma levels named in a sentence, and where the first one ends (in the normalised text).</summary>
    private static List<DiplomaLevel> LevelsIn(Sentence s, out int firstEnd)
    {
        var levels = new List<DiplomaLevel>();
        firstEnd = -1;
        var firstAt = int.MaxValue;
        var f = s.Folded;
        foreach (System.Text.RegularExpressions.Match m in Patterns.BacPlus().Matches(f))
        {
            var n = m.Groups[1].Value[0] - '0';
            var level = n switch { <= 0 => DiplomaLevel.Bac, 1 or 2 => DiplomaLevel.Bac2, 3 => DiplomaLevel.Bac3, 4 => DiplomaLevel.Bac4, 5 or 6 or 7 => DiplomaLevel.Bac5, _ => DiplomaLevel.Bac8 };
            levels.Add(level);
            if (m.Index < firstAt) { firstAt = m.Index; firstEnd = s.Start + m.Index + m.Length; }
        }
        // same-length folded text keeps apostrophes and hyphens: match phrases with them turned to spaces
        var spaced = new string(f.Select(ch => char.IsLetterOrDigit(ch) || ch == '+' ? ch : ' ').ToArray());
        PhraseMatcher<DiplomaLevel>.Hit? generic = null;
        foreach (var hit in FrenchLexicon.DiplomaMatcher.FindAll(spaced))
        {
            // "bac" inside "bac+3" is already read
            var next = hit.End;
            while (next < spaced.Length && spaced[next] == ' ') next++;
            if (next < spaced.Length && spaced[next] == '+') continue;
            if (hit.Phrase == "licence" && IsDrivingLicence(spaced, hit.Start)) continue;
            // "maîtrise du français", "maîtrise de l'outil informatique": command of something, not the diploma
            if (hit.Phrase == "maitrise" && NextWord(spaced, hit.End) is "du" or "de" or "des" or "d" or "l" or "la" or "le" or "les" or "parfaite" or "bonne" or "des") continue;
            // "diplôme universitaire de niveau Bac+5": the generic phrase gives way to the level it is given
            if (GenericDiplomas.Contains(hit.Phrase)) { generic ??= hit; continue; }
            levels.Add(hit.Value);
            if (hit.Start < firstAt) { firstAt = hit.Start; firstEnd = s.Start + hit.End; }
        }
        if (levels.Count == 0 && generic is { } g)
        {
            levels.Add(g.Value);
            firstEnd = s.Start + g.End;
        }
        return levels;
    }

    /// <summary>Diploma phrases that name no precise level where another is given beside them.</summary>
    private static readonly HashSet<string> GenericDiplomas = new(StringComparer.Ordinal) { "diplome universitaire", "diplome d etudes superieures" };

    private static string NextWord(string spaced, int from)
    {
        var i = from;
        while (i < spaced.Length && spaced[i] == ' ') i++;
        var j = i;
        while (j < spaced.Length && spaced[j] != ' ') j++;
        return spaced[i..j];
    }

    private static bool IsDrivingLicence(string spaced, int at)
    {
        var tail = spaced.AsSpan(at, Math.Min(30, spaced.Length - at));
        var head = spaced.AsSpan(Math.Max(0, at - 12), Math.Min(12, at));
        return tail.Contains("conduire", StringComparison.Ordinal) || head.Contains("driving", StringComparison.Ordinal) || head.Contains("permis", StringComparison.Ordinal);
    }

    /// <summary>The disciplines after the diploma: "en sciences sociales, travail social et/ou tout domaine lié au développement communautaire".</summary>
    private List<string> FieldsOfStudy(Sentence s, int from)
    {
        var result = new List<string>();
        if (from < s.Start || from >= s.End) return result;
        // "en génie civil, cinq (05) ans d'expérience": the fields end where a length of time begins
        var quantities = Quantities.Find(_src.Folded[from..s.End], out _);
        var text = _src.Text[from..(quantities.Count > 0 ? from + quantities[0].Start : s.End)];
        // "Master 2 en droit", "Bac+3 minimum en gestion": the level's number and "minimum" are not a field
        text = LevelTail().Replace(text, " ", 1);
        // "dans les domaines suivants : agriculture, élevage": the list follows the colon
        var colonAt = text.IndexOf(':', StringComparison.Ordinal);
        if (colonAt > 0 && Text.Fold(text[..colonAt]) is var intro && (intro.EndsWith("suivants", StringComparison.Ordinal) || intro.EndsWith("suivantes", StringComparison.Ordinal)
            || intro.EndsWith("ci apres", StringComparison.Ordinal) || intro.EndsWith("ci dessous", StringComparison.Ordinal)))
            text = text[(colonAt + 1)..];
        var cut = text.Length;
        foreach (var stop in new[] { " avec ", " ayant ", " justifiant ", " et d'une ", " et au moins", " et une ", " et avoir", ":", " with ", " serait ", " est un atout", " est souhait", " est exig", " est requis", " est obligatoire", " est indispensable", " un atout", " un plus" })
        {
            var i = text.IndexOf(stop, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && i < cut) cut = i;
        }
        text = text[..cut];
        // drop bracketed asides
        var sb = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var ch in text)
        {
            if (ch == '(') { depth++; sb.Append(','); continue; }
            if (ch == ')') { if (depth > 0) depth--; sb.Append(','); continue; }
            sb.Append(depth > 0 ? ' ' : ch);
        }
        var parts = new List<string>();
        foreach (var piece in sb.ToString().Split([',', ';']))
        {
            foreach (var p in SplitOn(piece, [" ou ", " et/ou ", " and/or ", " or "])) parts.Add(p);
        }
        foreach (var raw in parts)
        {
            // a run-on list goes on with other requirements: "en comptabilité, 2 ans d'expérience, maîtriser Excel"
            var rawFolded = Text.Fold(raw);
            if (rawFolded.StartsWith("et ", StringComparison.Ordinal)) rawFolded = rawFolded[3..];
            if (HasWord(rawFolded, "experience") || HasWord(rawFolded, "ans") || HasWord(rawFolded, "annees") || RequirementVerbs.Any(v => rawFolded.StartsWith(v + " ", StringComparison.Ordinal))) break;
            foreach (var expanded in ExpandSlash(raw.Trim()))
            {
                var field = CleanField(expanded);
                if (field is not null && !result.Contains(field)) result.Add(field);
            }
        }
        return result;
    }

    private static IEnumerable<string> SplitOn(string text, string[] separators)
    {
        var pieces = new List<string> { text };
        foreach (var sep in separators)
        {
            pieces = pieces.SelectMany(p => SplitIgnoringCase(p, sep)).ToList();
        }
        return pieces.SelectMany(p => SplitIgnoringCase(p, " et/ou"));
    }

    private static IEnumerable<string> SplitIgnoringCase(string text, string separator)
    {
        var from = 0;
        while (true)
        {
            var at = text.IndexOf(separator, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0) { yield return text[from..]; yield break; }
            yield return text[from..at];
            from = at + separator.Length;
        }
    }

    /// <summary>"sciences humaines/sociales" is two fields sharing a head noun.</summary>
    private static IEnumerable<string> ExpandSlash(string part)
    {
        var slash = part.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0) return [part];
        var left = part[..slash].Trim();
        var right = part[(slash + 1)..].Trim();
        var leftWords = left.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rightWords = right.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "sciences humaines/sociales", "génie civil/rural": an adjective shares the noun; "santé publique/nutrition" does not
        if (leftWords.Length >= 2 && rightWords.Length == 1 && leftWords[^1].Length > 2 && right.Length > 2 && char.ToLowerInvariant(leftWords[^1][^1]) == char.ToLowerInvariant(right[^1]))
            return [left, string.Join(' ', leftWords[..^1]) + " " + right];
        return [left, right];
    }

    /// <summary>The text after its first folded words, as written ("en sciences de l'éducation" less one word keeps its apostrophe).</summary>
    private static string WithoutLeadingWords(string t, int count)
    {
        var offset = 0;
        var taken = 0;
        while (offset < t.Length && taken < count)
        {
            while (offset < t.Length && t[offset] is ' ' or '\'') offset++;
            var start = offset;
            while (offset < t.Length && t[offset] is not (' ' or '\'')) offset++;
            if (offset > start) taken += Text.Fold(t[start..offset]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }
        return t[offset..].TrimStart(' ', '\'');
    }

    private static string? CleanField(string part)
    {
        var t = part.Trim(' ', '.', '-', '\t', '"', '«', '»');
        var folded = Text.Fold(t);
        bool changed;
        do
        {
            changed = false;
            foreach (var (pattern, _) in FrenchLexicon.Diplomas.OrderByDescending(d => d.Pattern.Length))
            {
                if (!folded.StartsWith(pattern + " ", StringComparison.Ordinal)) continue;
                t = WithoutLeadingWords(t, pattern.Split(' ').Length);
                folded = Text.Fold(t);
                changed = true;
                break;
            }
            foreach (var (phrase, drop) in FrenchLexicon.FieldStops)
            {
                if (drop) continue;
                if (folded == phrase) return null;
                if (folded.StartsWith(phrase + " ", StringComparison.Ordinal))
                {
                    // remove the same number of words from the text as written
                    t = WithoutLeadingWords(t, phrase.Split(' ').Length);
                    folded = Text.Fold(t);
                    changed = true;
                    break;
                }
            }
        } while (changed && t.Length > 0);
        if (folded.Length < 3 || !folded.Any(char.IsLetter) || folded.Any(char.IsDigit)) return null;
        if (FrenchLexicon.FieldStops.Any(x => x.Drop && FrenchLexicon.IndexOfWord(folded, x.Phrase) >= 0)) return null;
        if (folded.Split(' ').Length > 6) return null;
        if (FrenchLexicon.Diplomas.Any(d => d.Pattern == folded)) return null;
        return t.ToLower(FrenchLexicon.French);
    }

    // ---------- experience ----------

    private ExperienceRequirement? ReadExperience()
    {
        foreach (var scope in Scopes(shared: false))
        {
            double? floor = null;
            var necessity = Necessity.Required;
            var relevant = false;
            string? domain = null;
            var scoped = new List<ScopedExperience>();
            Sentence? mentioned = null;
            var experienceSentences = _doc.SentencesMatching(Patterns.ExperienceWord(), scope.Start, scope.End)
                .Concat(_doc.Sentences(scope.Start, scope.End).Where(x => x.Line.Section == "experience" && !x.Line.IsHeading && (x.Contains("an") || x.Contains("mois"))))
                .Distinct().OrderBy(x => x.Start);
            foreach (var s in experienceSentences)
            {
                var words = s.Words;
                var isExperience = ExperienceWords.Any(w => HasWord(words, w)) || s.Line.Section == "experience"
                    || words.Contains("avoir travaille", StringComparison.Ordinal) || words.Contains("ayant travaille", StringComparison.Ordinal);
                if (!isExperience) continue;
                if (s.Line.Section is "tasks" or "context") continue;
                mentioned ??= s;
                var amounts = Quantities.Find(s.Folded, out var missing);
                var overall = amounts.Where(a => !a.Scoped && !a.Decoy && a.Years is > 0 and <= 40).ToList();
                if (overall.Count == 0)
                {
                    if (missing >= 0)
                        Diagnose(ParseDiagnostic.DurationWithoutNumber, "Durée d'expérience sans nombre lisible.", "Experience length with no readable number.", s.Start + missing, s.Start + missing + 6);
                    continue;
                }
                var startsWithOr = words.StartsWith("ou ", StringComparison.Ordinal);
                var sentenceFloor = words.Contains(" ou ", StringComparison.Ordinal) ? overall.Min(a => a.Years) : overall[0].Years;
                if (floor is null)
                {
                    floor = sentenceFloor;
                    // "trois ans …, dont une année avec MSF serait un atout": the marker of the scoped part is not the floor's
                    var scopedAt = amounts.Where(a => a.Scoped && !a.Decoy).Select(a => a.Start).DefaultIfEmpty(-1).Min();
                    var dontAt = scopedAt > 0 ? s.Folded.LastIndexOf("dont", scopedAt, StringComparison.Ordinal) : -1;
                    // "trois ans, de préférence en milieu rural": the preference qualifies the domain
                    necessity = PreferredOr(dontAt > 0 ? FrenchLexicon.Words(s.Folded[..dontAt]) : words, Necessity.Required, ignorePreferenceOfField: true);
                    relevant = HasWord(words, "pertinente") || HasWord(words, "similaire") || HasWord(words, "equivalent") || HasWord(words, "relevant");
                    domain = DomainOf(s);
                    relevant |= domain is not null;
                    foreach (var a in amounts.Where(a => a.Scoped && !a.Decoy))
                    {
                        var desc = Norm(s.Start + a.End, s.End).Trim(' ', ',', ';', '.');
                        var descFolded = Text.Fold(desc);
                        OrganizationType? org = descFolded.Contains("ong internationale", StringComparison.Ordinal) || descFolded.Contains("ongi", StringComparison.Ordinal) ? OrganizationType.Ingo
                            : descFolded.Contains("nations unies", StringComparison.Ordinal) || HasWord(descFolded, "onu") ? OrganizationType.Un
                            : descFolded.Contains("ong", StringComparison.Ordinal) ? OrganizationType.Ngo : null;
                        var similar = HasWord(descFolded, "similaire") || HasWord(descFolded, "equivalent") || HasWord(descFolded, "similaires");
                        scoped.Add(new ScopedExperience(a.Years, desc.Length > 80 ? desc[..80] : desc, org, similar));
                    }
                    Note(PostingField.Experience, s.Start, s.End);
                }
                else if (startsWithOr)
                {
                    floor = Math.Min(floor.Value, sentenceFloor);
                    Note(PostingField.Experience, s.Start, s.End);
                }
            }
            if (floor is { } y) return new ExperienceRequirement(y, necessity, relevant, domain, scoped);
            if (mentioned is { } m && (m.Line.Section is "experience" or "profile" || m.Words.StartsWith("experience", StringComparison.Ordinal)))
            {
                Diagnose(ParseDiagnostic.ExperienceWithoutDuration, "Expérience mentionnée sans durée.", "Experience mentioned without a length.", m.Start, m.End);
            }
        }
        return null;
    }

    private string? DomainOf(Sentence s)
    {
        var f = s.Folded;
        var at = f.IndexOf("experience", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = f[at..];
        foreach (var intro in new[] { " en ", " dans le domaine de la ", " dans le domaine des ", " dans le domaine du ", " dans le domaine de ", " dans le secteur de la ", " dans le secteur de " })
        {
            var i = rest.IndexOf(intro, StringComparison.Ordinal);
            if (i < 0 || i > 40) continue;
            var from = s.Start + at + i + intro.Length;
            var end = from;
            while (end < s.End && _src.Text[end] is not (',' or ';' or '.' or '(' or ':')) end++;
            var text = Norm(from, end);
            foreach (var stop in new[] { " avec ", " dont ", " au sein", " dans ", " aupres ", " et/ou", " ou " })
            {
                var k = text.IndexOf(stop, StringComparison.OrdinalIgnoreCase);
                if (k >= 0) text = text[..k];
            }
            text = text.Trim();
            var words = Text.Fold(text);
            if (words.Length < 3 || words.Split(' ').Length > 5 || words.StartsWith("tant que", StringComparison.Ordinal)) return null;
            return text.ToLower(FrenchLexicon.French);
        }
        return null;
    }

    // ---------- languages ----------

    private IReadOnlyList<LanguageGroup> ReadLanguages()
    {
        foreach (var scope in Scopes(shared: false))
        {
            var groups = new List<LanguageGroup>();
            // one pass, in text order: sentences of a languages section, and those naming a language
            var candidates = _doc.Sentences(scope.Start, scope.End).Where(x => x.Line.Section == "languages" || x.Has(FrenchLexicon.LanguageWords));
            foreach (var s in candidates.SelectMany(Clauses))
            {
                var inSection = s.Line.Section == "languages";
                if (s.Line.Section is "tasks" or "context" or "application") continue;
                var words = s.Words;
                var contextual = inSection || s.Line.Section is "profile" or "education" or "experience"
                    || LanguageContext.Any(c => HasWord(words, c)) || FrenchLexicon.NecessityIn(words) is not null;
                if (!contextual) continue;
                var found = LanguagesIn(s, allowNearMiss: inSection);
                var hasLocalWords = words.Contains("langues locales", StringComparison.Ordinal) || words.Contains("langue locale", StringComparison.Ordinal)
                    || words.Contains("langues nationales", StringComparison.Ordinal) || words.Contains("langue nationale", StringComparison.Ordinal)
                    || words.Contains("local languages", StringComparison.Ordinal) || words.Contains("local language", StringComparison.Ordinal);
                if (found.Count == 0 && !hasLocalWords) continue;
                var necessity = PreferredOr(words, Necessity.Required);
                var (level, modes) = LevelOf(words);
                if (BracketedChoice(s, found) is { } choice)
                {
                    // "le français et au moins une langue locale (Sonrhaï, Tamasheq, Arabe)": the bracket is one choice
                    var tail = FrenchLexicon.Words(s.Folded[choice.IntroAt..]);
                    Add(groups, new LanguageGroup(choice.Keys, PreferredOr(tail, necessity), null, LanguageModes.None));
                    found = found.Where(x => !choice.Keys.Contains(x.Key)).ToList();
                    necessity = PreferredOr(FrenchLexicon.Words(s.Folded[..choice.IntroAt]), necessity);
                    hasLocalWords = false;
                    Note(PostingField.Languages, s.Start, s.End);
                    if (found.Count == 0) continue;
                }
                // "Français (courant), Anglais (notions)": each language carries its own level; the
                // sentence's level (outside those brackets) serves the others
                var own = BracketLevels(s, found, out var outside);
                if (own is not null) level = LevelOf(outside).Item1;
                LanguageLevel? LevelFor(IEnumerable<LanguageKey> keys, LanguageLevel? otherwise)
                {
                    if (own is null) return otherwise;
                    // a group is met by any of its languages: the most lenient level asked counts
                    LanguageLevel? lowest = null;
                    var first = true;
                    foreach (var key in keys)
                    {
                        var at = found.FindIndex(x => x.Key == key);
                        var l = at >= 0 ? own[at] ?? otherwise : otherwise;
                        lowest = first ? l : l is null || lowest is null ? null : (LanguageLevel)Math.Min((int)l, (int)lowest);
                        first = false;
                    }
                    return lowest;
                }
                var itemNecessity = ItemNecessities(s, found, necessity);
                if (itemNecessity is not null)
                {
                    // "Français (obligatoire), Tamachek (obligatoire), Arabe (un atout)": each language carries its own marker
                    foreach (var grp in found.Select((f, i) => (f.Key, N: itemNecessity[i])).GroupBy(x => (x.Key.IsLocal ? "local" : x.Key.Value, x.N)))
                        Add(groups, new LanguageGroup(grp.Select(x => x.Key), grp.Key.N, LevelFor(grp.Select(x => x.Key), level), modes));
                    Note(PostingField.Languages, s.Start, s.End);
                    continue;
                }
                var nonLocal = new List<(LanguageKey Key, int At)>();
                var local = new List<LanguageKey>();
                foreach (var (key, at) in found)
                {
                    if (key.IsLocal) { if (!local.Contains(key)) local.Add(key); }
                    else if (!nonLocal.Any(x => x.Key == key)) nonLocal.Add((key, at));
                }
                // "français ou anglais" is one group; "français et anglais" two
                var current = new List<LanguageKey>();
                for (var i = 0; i < nonLocal.Count; i++)
                {
                    if (i > 0)
                    {
                        var between = s.Folded[nonLocal[i - 1].At..nonLocal[i].At];
                        if (!HasWord(between, "ou") && !HasWord(between, "or"))
                        {
                            Add(groups, new LanguageGroup(current, necessity, LevelFor(current, level), modes));
                            current = new List<LanguageKey>();
                        }
                    }
                    current.Add(nonLocal[i].Key);
                }
                // "en français ou en bambara": a local language offered as the alternative of the last one
                if (current.Count > 0 && local.Count > 0 && found.FindIndex(x => x.Key.IsLocal) is var firstLocal and >= 0
                    && nonLocal[^1].At < found[firstLocal].At && s.Folded[nonLocal[^1].At..found[firstLocal].At] is var gap
                    && (HasWord(gap, "ou") || HasWord(gap, "or")) && !HasWord(gap, "et"))
                {
                    current.AddRange(local);
                    local.Clear();
                    hasLocalWords = false;
                }
                if (current.Count > 0) Add(groups, new LanguageGroup(current, necessity, LevelFor(current, level), modes));
                // local languages named beside others take the sentence's level only where none of those is named
                if (local.Count > 0) Add(groups, new LanguageGroup(local, necessity, LevelFor(local, nonLocal.Count > 0 ? null : level), nonLocal.Count > 0 ? LanguageModes.None : modes));
                else if (hasLocalWords) Add(groups, new LanguageGroup([LanguageKey.Local], necessity));
                Note(PostingField.Languages, s.Start, s.End);
            }
            if (groups.Count > 0) return groups;
        }
        return Array.Empty<LanguageGroup>();
    }

    /// <summary>
    /// Two or more languages in brackets right after "une langue …", "une des langues …" or "langue(s) locale(s) …":
    /// the keys and where the phrase that introduces them starts; null otherwise.
    /// </summary>
    private static (List<LanguageKey> Keys, int IntroAt)? BracketedChoice(Sentence s, List<(LanguageKey Key, int At)> found)
    {
        if (found.Count < 2) return null;
        var f = s.Folded;
        // "parler au moins deux des langues suivantes : tamasheq, sonrhaï, arabe"
        var listed = f.IndexOf("langues suivantes", StringComparison.Ordinal);
        if (listed < 0) listed = f.IndexOf("une des langues", StringComparison.Ordinal);
        if (listed >= 0 && f.IndexOf(':', listed) is var colon and >= 0 && found.Count(x => x.At > colon) >= 2)
            return (found.Where(x => x.At > colon).Select(x => x.Key).Distinct().ToList(), listed);
        foreach (var (_, at) in found)
        {
            var open = at > 0 ? f.LastIndexOf('(', at - 1) : -1;
            if (open < 0) continue;
            var close = f.IndexOf(')', open);
            if (close < at) continue;
            var inner = found.Where(x => x.At > open && x.At < close).Select(x => x.Key).Distinct().ToList();
            if (inner.Count < 2) return null;
            var from = Math.Max(0, open - 60);
            var intro = f.LastIndexOf("langue", open, open - from, StringComparison.Ordinal);
            if (intro < 0) return null;
            return (inner, intro);
        }
        return null;
    }

    /// <summary>
    /// "La maîtrise du français et de l'anglais est obligatoire, la connaissance d'une langue nationale est un plus":
    /// clauses joined by a comma that each name languages and carry their own necessity marker are read one by one.
    /// </summary>
    private static IEnumerable<Sentence> Clauses(Sentence s)
    {
        var f = s.Folded;
        // a sentence of a notice is short; a longer one is read whole (the clause test is quadratic in its commas)
        if (f.Length > MaxClausedSentence)
        {
            yield return s;
            yield break;
        }
        var from = 0;
        for (var k = f.IndexOf(',', StringComparison.Ordinal); k > 0; k = f.IndexOf(',', k + 1))
        {
            var left = FrenchLexicon.Words(f[from..k]);
            var right = FrenchLexicon.Words(f[(k + 1)..]);
            if (FrenchLexicon.NecessityIn(left) is null || FrenchLexicon.NecessityIn(right) is null) continue;
            if (!NamesALanguage(left) || !NamesALanguage(right)) continue;
            yield return new Sentence(s.Line, s.Start + from, s.Start + k);
            from = k + 1;
            while (from < f.Length && f[from] == ' ') from++;
        }
        yield return from == 0 ? s : new Sentence(s.Line, s.Start + from, s.End);
    }

    private const int MaxClausedSentence = 400;

    private static bool NamesALanguage(string words)
        => words.Contains("langue", StringComparison.Ordinal) || FrenchLexicon.LanguageWords.Any(words);

    /// <summary>Each language's own necessity where the markers differ between the items of one sentence; null where one marker covers them all.</summary>
    private static Necessity[]? ItemNecessities(Sentence s, List<(LanguageKey Key, int At)> found, Necessity sentence)
    {
        found = found.Where((f, i) => found.FindIndex(x => x.Key == f.Key) == i).ToList();
        if (found.Count < 2) return null;
        var words = new string(s.Folded.Select(ch => char.IsLetterOrDigit(ch) ? ch : ' ').ToArray());
        var before = FrenchLexicon.NecessityIn(words[..found[0].At]) ?? Necessity.Required;
        var result = new Necessity[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var end = i + 1 < found.Count ? found[i + 1].At : words.Length;
            result[i] = FrenchLexicon.NecessityIn(words[found[i].At..end]) ?? before;
        }
        if (result.Distinct().Count() < 2) return null;
        // "une langue locale (bambara, peulh, dogon) est un atout": a bracketed list shares the marker after it
        var f = s.Folded;
        var open = found[0].At > 0 ? f.LastIndexOf('(', found[0].At - 1) : -1;
        var close = f.IndexOf(')', found[^1].At);
        if (open >= 0 && close > 0 && f.IndexOf(')', open, found[0].At - open) < 0 && FrenchLexicon.NecessityIn(words[found[0].At..close]) is null) return null;
        // alternatives ("le Songhaï ou le Tamasheq serait un atout") share one marker
        var alternatives = true;
        for (var i = 1; i < found.Count; i++)
        {
            var between = words[found[i - 1].At..found[i].At];
            alternatives &= FrenchLexicon.IndexOfWord(between, "ou") >= 0 || FrenchLexicon.IndexOfWord(between, "or") >= 0;
        }
        if (alternatives) return null;
        // a plural marker after a plain list ("Français, anglais souhaités") covers the whole list
        var lastOnly = result.Take(found.Count - 1).All(n => n == before) && FrenchLexicon.NecessityIn(words[found[0].At..found[^1].At]) is null
            && PluralMarkers.Any(m => FrenchLexicon.IndexOfWord(words[found[^1].At..], m) >= 0);
        return lastOnly ? null : result;
    }

    private static void Add(List<LanguageGroup> groups, LanguageGroup group)
    {
        var same = groups.FindIndex(g => g.AnyOf.Count == group.AnyOf.Count && g.AnyOf.All(group.AnyOf.Contains));
        if (same < 0) { groups.Add(group); return; }
        if (groups[same].Necessity == Necessity.Preferred && group.Necessity == Necessity.Required) groups[same] = group;
    }

    private List<(LanguageKey Key, int At)> LanguagesIn(Sentence s, bool allowNearMiss)
    {
        var result = new List<(LanguageKey, int)>();
        var f = s.Folded;
        var i = 0;
        while (i < f.Length)
        {
            while (i < f.Length && !char.IsLetter(f[i])) i++;
            var j = i;
            while (j < f.Length && char.IsLetter(f[j])) j++;
            if (j == i) break;
            var word = f[i..j];
            // two-word spellings first ("langue française", "koyraboro senni")
            var k = j;
            while (k < f.Length && f[k] is ' ' or '-') k++;
            var k2 = k;
            while (k2 < f.Length && char.IsLetter(f[k2])) k2++;
            if (k2 > k && FrenchLexicon.TryLanguage(word + " " + f[k..k2], false, out var two, out _) && LanguageKey.TryParse(two, out var twoKey))
            {
                result.Add((twoKey, i));
                i = k2;
                continue;
            }
            var capitalised = char.IsUpper(s.Text[i]);
            if (FrenchLexicon.TryLanguage(word, allowNearMiss && capitalised, out var key, out var near) && LanguageKey.TryParse(key, out var lk))
            {
                result.Add((lk, i));
                if (near)
                    Diagnose(ParseDiagnostic.NearMiss, $"Langue lue comme une faute de frappe : « {s.Text[i..j]} » ({lk.FrenchName}).", $"Language read as a typo: \"{s.Text[i..j]}\" ({lk.EnglishName}).", s.Start + i, s.Start + j);
            }
            else if (allowNearMiss && capitalised && word.Length >= 4 && IsListItem(s.Text, i, j) && !IsCommonWord(word))
            {
                Diagnose(ParseDiagnostic.UnknownLanguage, $"Langue non reconnue : « {s.Text[i..j]} ».", $"Language not recognised: \"{s.Text[i..j]}\".", s.Start + i, s.Start + j);
            }
            i = j;
        }
        return result;
    }

    private static bool IsListItem(string text, int start, int end)
    {
        var before = text[..start].TrimEnd();
        var after = text[end..].TrimStart();
        return (before.EndsWith(',') || before.EndsWith(':') || before.EndsWith('(')) && (after.Length == 0 || after[0] is ',' or ')' or '.' or ';');
    }

    private static bool IsCommonWord(string folded)
        => FrenchLexicon.NecessityMarkers.Any(m => m.Marker == folded) || folded is "courant" or "notions" or "bonne" or "excellent" or "lu" or "parle" or "ecrit" or "oral" or "langues" or "locales";

    /// <summary>
    /// The level each language found gives in a bracket right after its name ("Anglais (niveau
    /// intermédiaire)", "Français (très bonne maîtrise)"), null for the others; null where no
    /// bracket gives one. <paramref name="outside"/>: the sentence without those brackets.
    /// </summary>
    private static LanguageLevel?[]? BracketLevels(Sentence s, List<(LanguageKey Key, int At)> found, out string outside)
    {
        var f = s.Folded;
        LanguageLevel?[]? levels = null;
        var kept = new System.Text.StringBuilder();
        var from = 0;
        for (var i = 0; i < found.Count; i++)
        {
            var at = found[i].At;
            var limit = i + 1 < found.Count ? found[i + 1].At : f.Length;
            var open = f.IndexOf('(', at, limit - at);
            if (open < 0) continue;
            // the bracket follows the name: nothing but the name's words between them
            var between = f[at..open];
            if (between.AsSpan().IndexOfAny(",;:.") >= 0 || between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2) continue;
            var close = f.IndexOf(')', open);
            if (close < 0 || close >= limit) continue;
            var (level, _) = LevelOf(f[(open + 1)..close]);
            if (level is null) continue;
            levels ??= new LanguageLevel?[found.Count];
            levels[i] = level;
            kept.Append(f, from, open - from).Append(' ');
            from = close + 1;
        }
        kept.Append(f, from, f.Length - from);
        outside = kept.ToString();
        return levels;
    }

    private static (LanguageLevel?, LanguageModes) LevelOf(string words)
    {
        // "un bon atout", "un bon plus" weigh the language, not its level
        words = words.Replace("bon atout", "atout", StringComparison.Ordinal).Replace("bon plus", "plus", StringComparison.Ordinal);
        LanguageLevel? level = null;
        if (HasWord(words, "maternelle")) level = LanguageLevel.Native;
        else if (HasWord(words, "courant") || HasWord(words, "courante") || HasWord(words, "courants") || HasWord(words, "courantes") || HasWord(words, "couramment") || HasWord(words, "excellent") || HasWord(words, "excellente") || HasWord(words, "parfaite") || HasWord(words, "fluent") || words.Contains("tres bonne", StringComparison.Ordinal)) level = LanguageLevel.Fluent;
        else if (HasWord(words, "bonne") || HasWord(words, "bon") || HasWord(words, "good")) level = LanguageLevel.Good;
        else if (HasWord(words, "notions") || HasWord(words, "base") || HasWord(words, "basic")) level = LanguageLevel.Basic;
        var modes = LanguageModes.None;
        if (HasWord(words, "lu") || HasWord(words, "lire") || HasWord(words, "lecture")) modes |= LanguageModes.Read;
        if (HasWord(words, "parle") || HasWord(words, "oral") || HasWord(words, "parler") || HasWord(words, "parlee")) modes |= LanguageModes.Spoken;
        if (HasWord(words, "ecrit") || HasWord(words, "ecrire") || HasWord(words, "ecrite")) modes |= LanguageModes.Written;
        return (level, modes);
    }

    // ---------- licences ----------

    private IReadOnlyList<LicenceRequirement> ReadLicences()
    {
        var result = new List<LicenceRequirement>();
        foreach (var s in _doc.SentencesContaining(["permis", "conduire", "licen"], _own.Start, _own.End))
        {
            var f = s.Folded;
            var lic = Patterns.Licence().Match(f);
            if (!lic.Success) continue;
            var necessity = LicenceNecessity(f, lic.Index);
            var categories = new List<LicenceCategory>();
            foreach (System.Text.RegularExpressions.Match m in Patterns.LicenceCategory().Matches(f))
            {
                var g = m.Groups[1];
                if (f.AsSpan(g.Index + g.Length).TrimStart().StartsWith("jour")) continue;
                // a lone "a" is the French preposition unless written as a capital
                for (var k = 0; k < g.Value.Length; k++)
                {
                    var ch = g.Value[k];
                    if (ch is < 'a' or > 'e' || (k > 0 && char.IsLetter(g.Value[k - 1])) || (k + 1 < g.Value.Length && char.IsLetter(g.Value[k + 1]))) continue;
                    var idx = g.Index + k;
                    if (ch == 'a' && s.Text[idx] != 'A') continue;
                    var cat = (LicenceCategory)(ch - 'a' + 1);
                    if (!categories.Contains(cat)) categories.Add(cat);
                }
            }
            if (categories.Count == 0)
            {
                // "conduire une moto et un véhicule 4x4": both kinds of licence
                var moto = Patterns.Motorcycle().IsMatch(f);
                if (moto) categories.Add(LicenceCategory.A);
                if (!moto || Patterns.Car().IsMatch(f)) categories.Add(LicenceCategory.B);
            }
            foreach (var c in categories)
            {
                if (result.All(r => r.Category != c)) result.Add(new LicenceRequirement(c, necessity));
            }
            Note(PostingField.Licences, s.Start, s.End);
        }
        return result;
    }

    /// <summary>
    /// "Permis A exigé et moto personnelle souhaitée": where a sentence holds both kinds of marker, the licence
    /// takes the first one after it; otherwise the sentence's necessity.
    /// </summary>
    private static Necessity LicenceNecessity(string folded, int at)
    {
        var words = new string(folded.Select(ch => char.IsLetterOrDigit(ch) ? ch : ' ').ToArray());
        var hits = FrenchLexicon.NecessityMatcher.FindAll(words);
        if (hits.Select(h => h.Value).Distinct().Count() < 2) return PreferredOr(words, Necessity.Required);
        foreach (var h in hits.OrderBy(h => h.Start))
        {
            if (h.Start >= at) return h.Value;
        }
        return PreferredOr(words, Necessity.Required);
    }

    // ---------- skills ----------

    private IReadOnlyList<string> ReadSkills()
    {
        var result = new List<string>();
        foreach (var s in _doc.SentencesWith(FrenchLexicon.SkillWords, _own.Start, _own.End))
        {
            var words = s.Words;
            var found = new List<(string Skill, bool NeedsContext)>();
            foreach (var hit in FrenchLexicon.SkillMatcher.FindAll(words))
            {
                var needs = hit.Value.EndsWith('?');
                var skill = needs ? hit.Value[..^1] : hit.Value;
                if (!found.Any(x => x.Skill == skill)) found.Add((skill, needs));
            }
            if (found.Count == 0) continue;
            var context = found.Any(x => !x.NeedsContext) || found.Count >= 2 || SkillContext.Any(c => HasWord(words, c)) || s.Line.Section == "skills";
            var added = false;
            foreach (var (skill, needs) in found)
            {
                if (needs && !context) continue;
                if (!result.Contains(skill)) result.Add(skill);
                added = true;
            }
            if (added) Note(PostingField.Skills, s.Start, s.End);
        }
        return result;
    }

    // ---------- areas and nationality ----------

    private AreaRequirement? ReadAreas()
    {
        foreach (var s in _doc.SentencesContaining(["connaissance"], _own.Start, _own.End))
        {
            var m = Patterns.AreasToKnow().Match(s.Folded);
            if (!m.Success) continue;
            var from = s.Start + m.Index + m.Length;
            var end = from;
            while (end < s.End && _src.Text[end] is not ('.' or ';' or '(' or ':')) end++;
            var text = Fold(from, end);
            foreach (var stop in new[] { " est ", " sont ", " exige", " souhait", " serait", " constitue", " obligatoire", " indispensable", " requis" })
            {
                var k = text.IndexOf(stop, StringComparison.Ordinal);
                if (k >= 0) { end = from + k; text = text[..k]; }
            }
            var places = SplitPlaces(from, end).Select(p => Norm(p.Start, p.End)).Distinct().ToList();
            if (places.Count == 0) continue;
            Note(PostingField.AreasToKnow, s.Start, s.End);
            return new AreaRequirement(places, PreferredOr(s.Words, Necessity.Required));
        }
        return null;
    }

    private string? ReadNationality()
    {
        foreach (var scope in Scopes(shared: true))
        {
            foreach (var s in _doc.SentencesContaining(["national", "ressortissant"], scope.Start, scope.End))
            {
                var m = Patterns.Nationality().Match(s.Folded);
                if (m.Success && m.Groups[1].Value is "malienne" or "malien" or "burkinabe" or "nigerienne" or "senegalaise" or "ivoirienne" or "guineenne" or "mauritanienne")
                {
                    Note(PostingField.Nationality, s.Start + m.Index, s.Start + m.Index + m.Length);
                    var n = m.Groups[1].Value;
                    return n == "malien" ? "malienne" : Norm(s.Start + m.Groups[1].Index, s.Start + m.Groups[1].Index + n.Length).ToLower(FrenchLexicon.French);
                }
                var p = Patterns.NationalPost().Match(s.Folded);
                if (p.Success)
                {
                    Note(PostingField.Nationality, s.Start + p.Index, s.Start + p.Index + p.Length);
                    return "malienne";
                }
            }
        }
        return null;
    }
}
