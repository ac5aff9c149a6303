using Matching.Internal;
using Matching.Model;

namespace Matching.Extraction;

/// <summary>The notice's header fields: title, organisation, posts, places, contract, dates, sex.</summary>
internal sealed partial class PostingReader
{
    private static readonly string[] NotTitleStarts = ["avis", "offre", "appel", "recrutement", "nous recrutons", "description", "vacance", "vacancy", "job", "emploi", "annonce", "reference", "ref ", "objet", "bonjour", "termes de reference", "tdr ", "communique", "urgent", "message transfere", "forwarded message", "original message", "message d origine", "madame", "monsieur", "mesdames", "messieurs", "cher ", "chers ", "chere ", "bonsoir", "salut", "rejoignez", "rejoindre", "opportunite", "on recrute"];

    /// <summary>E-mail header lines ("De : RH NRC Mali", "Envoyé : …") are no title.</summary>
    private static readonly string[] MailHeaders = ["de", "date", "a", "envoye", "cc", "from", "to", "sent", "subject", "le"];

    /// <summary>What follows a title after "recrute un(e) X": "pour son bureau de", "pour une durée de", "basé(e) à".</summary>
    private static readonly string[] TitleTails = [" pour son ", " pour sa ", " pour ses ", " pour leur ", " pour leurs ", " pour notre ", " pour nos ", " pour le compte ", " pour une duree ", " pour un contrat ", " pour une ", " pour un ", " pour la realisation ", " pour l'evaluation ", " pour l'elaboration ", " pour la conduite ", " pour l'etude ", " pour le projet ", " pour le programme ", " afin de ", " qui sera ", " dans le cadre "];

    private string ReadTitle(out int? positions, out Sex? sex)
    {
        positions = null;
        sex = null;
        foreach (var line in LinesIn(_own))
        {
            if (line.Label?.Field != "title") continue;
            if (LabelValueOf(line) is not { } v) continue;
            var t = CleanTitle(v.Start, v.End, out positions, out sex);
            if (t.Length > 0) return t;
        }
        foreach (var line in LinesIn(_own))
        {
            if (line.IsHeading || line.Label is not null) continue;
            var words = Text.Fold(line.Text);
            if (words.Length < 3 || !words.Any(char.IsLetter)) continue;
            if (line.Text.Length > 160)
            {
                if (line.Section is "tasks" or "application") continue;
                // a paragraph: only "X recrute un(e) TITRE …" or "… au poste de TITRE, …" in it
                var inParagraph = TitleInParagraph(line, out positions, out sex);
                if (inParagraph.Length > 0) return inParagraph;
                continue;
            }
            var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
            if (colon is > 0 and < 12 && MailHeaders.Contains(Text.Fold(line.Text[..colon]))) continue;
            if (words.StartsWith("objet ", StringComparison.Ordinal) && colon > 0)
            {
                // "Objet : Recrutement d'un(e) superviseur(e) de la distribution"
                var subject = line.Start + colon + 1;
                while (subject < line.End && _src.Text[subject] == ' ') subject++;
                var intro = Patterns.NoticeIntro().Match(Fold(subject, line.End));
                if (intro.Success && intro.Length < line.End - subject)
                {
                    var fromSubject = CleanTitle(subject + intro.Length, TitleEnd(subject + intro.Length, line.End, commas: false), out positions, out sex);
                    if (Text.Fold(fromSubject) is { Length: >= 3 } fs && fs is not "interne" and not "externe") return fromSubject;
                }
                continue;
            }
            // "URGENT : RECRUTEMENT D'UN CHAUFFEUR", "COMMUNIQUE - AVIS DE RECRUTEMENT D'UNE SAGE-FEMME"
            var inner = line.Folded.IndexOf("recrutement d", StringComparison.Ordinal);
            if (inner > 0 && line.Text.Length <= 160 && !char.IsLetter(line.Folded[inner - 1]))
            {
                var innerStart = line.Folded.LastIndexOf("avis de ", inner, StringComparison.Ordinal) is var av and >= 0 && inner - av <= 8 ? av : inner;
                var intro = Patterns.NoticeIntro().Match(Fold(line.Start + innerStart, line.End));
                if (intro.Success && innerStart + intro.Length < line.Text.Length)
                {
                    var innerFrom = line.Start + innerStart + intro.Length;
                    var innerTitle = CleanTitle(innerFrom, TitleEnd(innerFrom, line.End, commas: false), out positions, out sex);
                    if (Text.Fold(innerTitle).Length >= 3) return innerTitle;
                }
            }
            if (NotTitleStarts.Any(p => words.StartsWith(p, StringComparison.Ordinal)))
            {
                // "AVIS DE RECRUTEMENT D'UN CHARGE DE SUIVI", "Offre d'emploi : Comptable"
                var intro = Patterns.NoticeIntro().Match(line.Folded);
                if (!intro.Success || intro.Length >= line.Text.Length) continue;
                var rest = Text.Fold(line.Text[intro.Length..]);
                if (rest.Length < 3 || rest is "interne" or "externe" or "interne externe" or "interne et externe") continue;
                var fromIntro = CleanTitle(line.Start + intro.Length, TitleEnd(line.Start + intro.Length, line.End, commas: false), out positions, out sex);
                if (fromIntro.Length > 0) return fromIntro;
                continue;
            }
            if (IsOrganizationOnly(words) || IsRecruiterName(words, line.Text) || IsKnownNameWithAcronym(line) || IsOrganizationKindLine(line)) continue;
            // a requirement is no title: "Avoir (05) cinq années d'expérience", "Parler le bambara"
            if (RequirementStarts.Any(v => words.StartsWith(v + " ", StringComparison.Ordinal)) || Patterns.ExperienceWord().IsMatch(line.Folded) && Quantities.Find(line.Folded, out _).Count > 0) continue;
            var from = line.Start;
            var to = line.End;
            if (RecruitingVerb(line.Folded) is { } recruits)
            {
                // "Oxfam au Mali recrute un(e) Coordinateur(trice)": the title follows the verb
                if (TitleAfterVerb(line.Start + recruits.Index + recruits.Length, line.End, strict: false) is not { } after) continue;
                (from, to) = after;
            }
            var t = CleanTitle(from, to, out positions, out sex);
            if (t.Length > 0) return t;
            break;
        }
        return "";
    }

    /// <summary>
    /// The title after a recruiting verb: an article, then the words up to a tail ("pour son bureau", "basé(e) à").
    /// "recherche pour sa base de San une Superviseure …" skips the purpose to the article. Null where no title follows.
    /// </summary>
    private (int Start, int End)? TitleAfterVerb(int from, int end, bool strict)
    {
        while (from < end && _src.Text[from] == ' ') from++;
        var rest = Fold(from, end);
        var lead = rest.Length - rest.TrimStart().Length;
        if (rest.AsSpan(lead).StartsWith("pour", StringComparison.Ordinal))
        {
            var a = Patterns.TitleArticle().Match(Fold(from, Math.Min(end, from + 80)));
            if (!a.Success) return null;
            from += a.Index + a.Length;
        }
        else
        {
            var article = Patterns.Article().Match(rest);
            // in a paragraph, only "recrute un(e) X" / "recherche une X" names a post
            if (strict && Patterns.TitleArticle().Match(rest) is var ta && (!ta.Success || ta.Index != lead)) return null;
            if (article.Success) from += article.Length;
            if (Text.Fold(Norm(from, end)).StartsWith("des candidat", StringComparison.Ordinal)) return null;
        }
        end = TitleEnd(from, end, commas: strict);
        return Text.Fold(Norm(from, end)).Length < 3 ? null : (from, end);
    }

    /// <summary>Where a title read inside a sentence stops: before "pour son …", "basé(e) à", a comma or a full stop.</summary>
    private int TitleEnd(int from, int end, bool commas)
    {
        var f = _src.Folded;
        foreach (var tail in TitleTails)
        {
            var k = f.IndexOf(tail, from, end - from, StringComparison.Ordinal);
            if (k > from) end = k;
        }
        var based = Patterns.BasedAt().Match(f, from, end - from);
        if (based.Success && based.Index > from) end = based.Index;
        // "…, basé(e) à Ségou" ends the title; "Chargé(e) de Suivi, Evaluation, Redevabilité" goes on
        for (var k = from; commas && k < end; k++)
        {
            if (_src.Text[k] is not (',' or ';')) continue;
            var next = k + 1;
            while (next < end && _src.Text[next] == ' ') next++;
            if (next >= end || !char.IsUpper(_src.Text[next])) { end = k; break; }
        }
        return end;
    }

    /// <summary>"Islamic Relief Mali recherche un(e) Gestionnaire de cas VBG pour son projet …", "… au poste d'Assistant(e) administratif(ve), basé(e) à Ségou."</summary>
    private string TitleInParagraph(Line line, out int? positions, out Sex? sex)
    {
        positions = null;
        sex = null;
        foreach (var s in _doc.Sentences(line.Index, line.Index + 1))
        {
            var r = RecruitingVerb(s.Folded);
            if (r is not null && TitleAfterVerb(s.Start + r.Index + r.Length, s.End, strict: true) is { } after)
            {
                var t = CleanTitle(after.Start, after.End, out positions, out sex);
                if (t.Length > 0) return t;
            }
            // "pour le recrutement de vingt (20) volontaires", not "participer au recrutement de travailleurs"
            var ro = Patterns.RecruitmentOf().Match(s.Folded);
            if (ro.Success && Fold(s.Start + ro.Index + ro.Length, s.End) is var afterOf
                && (Patterns.TitleArticle().Match(afterOf) is { Success: true, Index: 0 } || Patterns.LeadingCount().Match(afterOf) is { Success: true } lc && lc.Groups[1].Success)
                && TitleAfterVerb(s.Start + ro.Index + ro.Length, s.End, strict: false) is { } of)
            {
                var t = CleanTitle(of.Start, of.End, out positions, out sex);
                if (t.Length > 0) return t;
            }
            var p = Patterns.PostOf().Match(s.Folded);
            if (p.Success)
            {
                var from = s.Start + p.Index + p.Length;
                var t = CleanTitle(from, TitleEnd(from, s.End, commas: true), out positions, out sex);
                if (t.Length > 0) return t;
            }
        }
        return "";
    }

    private List<string>? _beforeVerb;

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal) { "SARL", "SA", "SAS", "SUARL", "GIE", "SNC", "SCS" };

    /// <summary>A short line that names the organisation a later "X recrute" sentence names ("SOCIETE SAHEL TRANSIT SA").</summary>
    private bool IsRecruiterName(string words, string lineText)
    {
        if (words.Length > 60 || words.Split(' ').Length > 8) return false;
        // the words before the verb of the notice's first recruiting sentences, read once
        _beforeVerb ??= _doc.SentencesMatching(Patterns.Recruits(), 0, _doc.Lines.Count)
            .Select(s => RecruitingVerb(s.Folded) is { Index: > 0 } r ? Text.Fold(s.Text[Math.Max(0, r.Index - 200)..r.Index]) : "")
            .Where(b => b.Length > 0).Take(20).ToList();
        foreach (var before in _beforeVerb)
        {
            if (before != words && FrenchLexicon.IndexOfWord(before, words) >= 0) return true;
            // "CENTRE DE SANTE COMMUNAUTAIRE (CSCOM) DE BANCONI" … "LE CSCOM DE BANCONI RECRUTE"
            var open = lineText.IndexOf('(');
            var close = open >= 0 ? lineText.IndexOf(')', open) : -1;
            if (close > open + 2 && Text.Fold(lineText[(open + 1)..close]) is { Length: >= 2 } acronym && !acronym.Contains(' ', StringComparison.Ordinal)
                && lineText[(open + 1)..close].All(ch => !char.IsLower(ch)) && FrenchLexicon.IndexOfWord(before, acronym) >= 0) return true;
        }
        return false;
    }

    /// <summary>Duty stations written after the title ("Chef de projet – Mopti"), read where nothing else names them.</summary>
    private (int Start, int End)? _titlePlaces;

    /// <summary>Whether a span is a list of places the gazetteer knows ("Bandiagara, Bankass, Koro"), every one of them.</summary>
    private bool ArePlaces(int start, int end)
    {
        var items = SplitPlaces(start, end).ToList();
        if (items.Count is 0 or > 8) return false;
        return items.All(p => IsKnownPlace(p.Start, p.End));
    }

    private bool IsKnownPlace(int start, int end)
        => Matching.Places.Gazetteer.Default.Resolve(Norm(start, end)) is { Match: Matching.Places.MatchKind.Exact or Matching.Places.MatchKind.Folded };

    /// <summary>"PROGRAMME ALIMENTAIRE MONDIAL (PAM) – BUREAU PAYS DU MALI": a known organisation spelled out with its acronym.</summary>
    private static bool IsKnownNameWithAcronym(Line line)
    {
        if (Patterns.Recruits().IsMatch(line.Folded)) return false;
        var m = Patterns.NameThenAcronym().Match(line.Text);
        return m.Success && IsAcronymOf(m.Groups[2].Value, m.Groups[1].Value) && FrenchLexicon.OrganizationMatcher.Any(line.Folded);
    }

    /// <summary>"ASSOCIATION AL FAROUK POUR LE DEVELOPPEMENT": a line in capitals naming an organisation by its kind.</summary>
    private static bool IsOrganizationKindLine(Line line)
    {
        if (line.Text.Length > 70 || line.Text.Any(char.IsLower) || line.Text.Contains(':', StringComparison.Ordinal)) return false;
        var words = Text.Fold(line.Text);
        return OrganizationKinds.Any(k => words.StartsWith(k + " ", StringComparison.Ordinal)) && !Patterns.Recruits().IsMatch(line.Folded) && words.Split(' ').Length <= 8;
    }

    /// <summary>Acronyms spelled out in notices that name no organisation: "Contrat à durée indéterminée (CDI)".</summary>
    private static readonly HashSet<string> NotOrganizationAcronyms = new(StringComparer.Ordinal) { "CDD", "CDI", "BTS", "DUT", "DEF", "CAP", "BT", "DEUG", "DESS", "DEA", "VBG", "MEAL", "WASH", "CV", "TDR", "SIG", "AGR", "PAO", "ONG", "ONGI" };

    private static readonly string[] RequirementStarts = ["avoir", "etre", "justifier", "parler", "savoir", "maitriser", "maitrise", "disposer", "posseder"];

    private static readonly string[] PartnerWords = ["partenariat", "appui", "financ", "collaboration", "partenaire", "soutien", "compte de"];

    private static readonly string[] OrganizationKinds = ["association", "ong", "societe", "cabinet", "entreprise", "fondation", "groupement", "cooperative", "union", "federation", "reseau", "etablissement"];

    private static bool IsOrganizationOnly(string words)
    {
        foreach (var (pattern, _) in FrenchLexicon.Organizations)
        {
            var at = FrenchLexicon.IndexOfWord(words, pattern);
            if (at < 0) continue;
            var rest = (words[..at] + " " + words[(at + pattern.Length)..]).Trim();
            foreach (var filler in new[] { "au mali", "mali", "au", "en", "recrute", "le", "la", "l" })
                rest = rest.Replace(filler, " ", StringComparison.Ordinal).Trim();
            if (rest.Length == 0) return true;
        }
        return false;
    }

    private string CleanTitle(int start, int end, out int? positions, out Sex? sex)
    {
        positions = null;
        sex = null;
        var folded = Fold(start, end);
        // "Assistant - SOS Villages d'Enfants MALI": cut the organisation off
        var dash = folded.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0)
        {
            var tail = Text.Fold(folded[dash..]);
            if (FrenchLexicon.Organizations.Any(o => FrenchLexicon.IndexOfWord(tail, o.Pattern) >= 0) || HasWord(tail, "mali") || HasWord(tail, "recrutement"))
                end = start + dash;
            else if (ArePlaces(start + dash + 3, end))
            {
                // "Animateurs (06) – Bandiagara, Bankass, Koro": the duty stations after the title
                _titlePlaces = (start + dash + 3, end);
                end = start + dash;
            }
        }
        // "Un(e) Chargé(e) de programme", "Une Animatrice": the article is no part of the title
        if (Patterns.TitleArticle().Match(Fold(start, end)) is { Success: true, Index: 0 } art && start + art.Length < end && char.IsUpper(_src.Text[start + art.Length]))
            start += art.Length;
        var lead = Patterns.LeadingCount().Match(Fold(start, end));
        if (lead.Success)
        {
            var digits = lead.Groups[1].Success ? lead.Groups[1].Value : lead.Groups[2].Value;
            if (int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 200) positions = n;
            start += lead.Length;
        }
        var text = Norm(start, end);
        var f = Fold(start, end);
        var g = Patterns.GenderMark().Match(f);
        if (g.Success)
        {
            var mark = g.Groups[1].Success ? g.Groups[1].Value : g.Groups[2].Value;
            if (mark is "f" or "femme" or "femmes") sex = Sex.Female;
            else if (mark is "h" or "m" or "homme" or "hommes") sex = Sex.Male;
            if (sex is not null) Note(PostingField.ReservedTo, start + g.Index, start + g.Index + g.Length);
        }
        var count = Patterns.BracketCount().Match(f);
        if (count.Success && positions is null && int.TryParse(count.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) && c is > 0 and < 200)
        {
            positions = c;
            Note(PostingField.Positions, start + count.Index, start + count.Index + count.Length);
        }
        var chars = text.ToCharArray();
        if (g.Success) Array.Fill(chars, ' ', g.Index, g.Length);
        if (count.Success) Array.Fill(chars, ' ', count.Index, count.Length);
        var cleaned = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ';', ':', ',', '.', '-', '"', '«', '»');
        // "Protection Officer (National Position)", "Chauffeur (poste national)": the kind of post is no part of the title
        var aside = cleaned.LastIndexOf('(');
        if (aside > 0 && cleaned.EndsWith(')') && Text.Fold(cleaned[aside..]) is var kind
            && (HasWord(kind, "national") || HasWord(kind, "nationale") || HasWord(kind, "international") || HasWord(kind, "position") || HasWord(kind, "readvertised") || HasWord(kind, "republication")))
            cleaned = cleaned[..aside].TrimEnd(' ', '-');
        if (cleaned.Length > 0) Note(PostingField.Title, start, end);
        return cleaned;
    }

    private string? ReadOrganization()
    {
        foreach (var line in LinesIn(Whole))
        {
            if (line.Label?.Field != "organization" || LabelValueOf(line) is not { } v) continue;
            var value = Text.Fold(Norm(v.Start, v.End));
            foreach (var (pattern, name) in FrenchLexicon.Organizations)
            {
                if (FrenchLexicon.IndexOfWord(value, pattern) >= 0) { Note(PostingField.Organization, v.Start, v.End); return name; }
            }
            var raw = Norm(v.Start, v.End);
            var cut = raw.IndexOfAny(['-', '(', ',']);
            var name2 = (cut > 0 ? raw[..cut] : raw).Trim();
            if (name2.Length > 0) { Note(PostingField.Organization, v.Start, v.End); return name2; }
        }
        // "X recrute": the organisation named right before the verb
        foreach (var s in _doc.SentencesContaining(["recrut", "cherche"], 0, _doc.Lines.Count))
        {
            if (RecruitingVerb(s.Folded) is not { } r) continue;
            var before = Text.Fold(s.Text[..r.Index]);
            var tail = before.Length > 40 ? before[^40..] : before;
            foreach (var (pattern, name) in FrenchLexicon.Organizations)
            {
                if (FrenchLexicon.IndexOfWord(tail, pattern) >= 0) { Note(PostingField.Organization, s.Start, s.Start + r.Index); return name; }
            }
            var named = Patterns.NamedRecruits().Match(s.Text);
            if (named.Success)
            {
                var g = named.Groups[1];
                Note(PostingField.Organization, s.Start + g.Index, s.Start + g.Index + g.Length);
                return g.Value;
            }
            if (CapitalsBeforeVerb(s, r.Index) is { } caps)
            {
                Note(PostingField.Organization, caps.Start, caps.End);
                var name = Norm(caps.Start, caps.End);
                return (name.Contains(' ', StringComparison.Ordinal) ? null : KnownNameForAcronym(name)) ?? name;
            }
            // "… l'Assainissement (CREPA) recrute": the acronym in brackets right before the verb
            var bracketed = Patterns.BracketedAcronymRecruits().Match(s.Text);
            if (bracketed.Success)
            {
                var g = bracketed.Groups[1];
                Note(PostingField.Organization, s.Start + g.Index, s.Start + g.Index + g.Length);
                return KnownNameForAcronym(g.Value) ?? g.Value;
            }
            var acronym = Patterns.AcronymRecruits().Match(s.Text);
            if (acronym.Success && acronym.Groups[1].Value is var a && (a.Length >= 3 || LegalForms.Contains(a)) && a is not ("MALI" or "QUI" or "QUE" or "ELLE" or "PROFIL") && !a.StartsWith("NOUS", StringComparison.Ordinal))
            {
                if (a.EndsWith(" Mali", StringComparison.Ordinal)) a = a[..^5];
                var aStart = s.Start + acronym.Groups[1].Index;
                if (LegalForms.Contains(a))
                {
                    // "Sahel Solaire SARL recrute": the legal form follows the name
                    var k = aStart;
                    for (var words = 0; words < 4; words++)
                    {
                        var w = k - 1;
                        while (w > s.Start && _src.Text[w - 1] == ' ') w--;
                        var ws = w;
                        while (ws > s.Start && char.IsLetter(_src.Text[ws - 1])) ws--;
                        if (ws == w || !char.IsUpper(_src.Text[ws])) break;
                        k = ws;
                    }
                    if (k == aStart) continue;
                    Note(PostingField.Organization, k, aStart + a.Length);
                    return Norm(k, aStart + a.Length);
                }
                Note(PostingField.Organization, aStart, aStart + a.Length);
                // "Save the Children International (SCI) … SCI recherche": the known name the acronym stands for
                return KnownNameForAcronym(a) ?? a;
            }
        }
        // a known name in the first lines, else the most frequent one
        var counts = new Dictionary<string, (int Count, int First, int Start, int End)>(StringComparer.Ordinal);
        var lineNo = 0;
        foreach (var line in _doc.Lines)
        {
            foreach (var hit in FrenchLexicon.OrganizationMatcher.FindAll(line.Folded))
            {
                var name = hit.Value;
                if (lineNo < 3 && IsUpperish(line.Text, hit.Phrase)) { Note(PostingField.Organization, line.Start + hit.Start, line.Start + hit.End); return name; }
                if (!IsUpperish(line.Text, hit.Phrase) && hit.Phrase.Length <= 5) continue;
                counts[name] = counts.TryGetValue(name, out var c) ? (c.Count + 1, c.First, c.Start, c.End) : (1, lineNo, line.Start + hit.Start, line.Start + hit.End);
            }
            lineNo++;
        }
        // "L'ONG Yéréko, créée en 1992", "LA SOCIETE SAHEL TRANSIT SA, ENTREPRISE …": a name given with its kind in the opening lines
        foreach (var s in _doc.Sentences(0, Math.Min(_doc.Lines.Count, 6)))
        {
            var named = Patterns.NamedOrganization().Match(s.Text);
            if (!named.Success) continue;
            // "en partenariat avec l'ONG Santé Sud", "financé par la Société X": a partner, not the employer
            var lead = Text.Fold(s.Text[Math.Max(0, named.Index - 40)..named.Index]);
            if (PartnerWords.Any(w => lead.Contains(w, StringComparison.Ordinal))) continue;
            // "UNE ONG INTERNATIONALE BASÉE À SÉGOU": in capitals an adjective looks like a name
            if (Text.Fold(named.Groups[1].Value).Split(' ')[0] is "internationale" or "international" or "nationale" or "national" or "locale" or "malienne" or "partenaire" or "humanitaire" or "de" or "du" or "des" or "pour" or "la" or "le" or "les" or "et" or "en" or "au" or "aux") continue;
            var g = named.Groups[1];
            Note(PostingField.Organization, s.Start + g.Index, s.Start + g.Index + g.Length);
            return g.Value.TrimEnd();
        }
        // "Sahel Agro Services, entreprise de conseil agricole créée en 2009, …"
        foreach (var s in _doc.Sentences(0, Math.Min(_doc.Lines.Count, 12)))
        {
            var m = Patterns.AppositionOrganization().Match(s.Text);
            if (!m.Success) continue;
            var g = m.Groups[1];
            Note(PostingField.Organization, s.Start + g.Index, s.Start + g.Index + g.Length);
            return g.Value;
        }
        // "ASSOCIATION AL FAROUK POUR LE DEVELOPPEMENT" heading the notice
        foreach (var line in _doc.Lines.Take(3))
        {
            if (!IsOrganizationKindLine(line)) continue;
            Note(PostingField.Organization, line.Start, line.End);
            return line.Text.Trim();
        }
        // "Fondée en 1998, l'Association pour la Promotion des Initiatives Locales (APIL) est une ONG …"
        foreach (var s in _doc.Sentences(0, Math.Min(_doc.Lines.Count, 6)))
        {
            var m = Patterns.NameThenAcronym().Match(s.Text);
            if (!m.Success || !IsAcronymOf(m.Groups[2].Value, m.Groups[1].Value)) continue;
            var name = Text.Fold(m.Groups[1].Value);
            var kindAt = OrganizationKinds.Concat(["organisation", "centre", "comite", "fonds", "agence", "institut", "programme", "caisse", "office"]).Select(k => FrenchLexicon.IndexOfWord(name, k)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (kindAt < 0) continue;
            Note(PostingField.Organization, s.Start + m.Groups[2].Index, s.Start + m.Groups[2].Index + m.Groups[2].Length);
            return m.Groups[2].Value;
        }
        // "Caisse Sahel Epargne et Crédit (CSEC)" alone on one of the first lines
        foreach (var line in _doc.Lines.Take(4))
        {
            var m = Patterns.NameWithAcronym().Match(line.Text);
            if (!m.Success || !IsAcronymOf(m.Groups[2].Value, m.Groups[1].Value) || NotOrganizationAcronyms.Contains(m.Groups[2].Value.ToUpperInvariant())) continue;
            Note(PostingField.Organization, line.Start, line.End);
            return m.Groups[2].Value;
        }
        if (counts.Count == 0) return null;
        var best = counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Value.First).First();
        Note(PostingField.Organization, best.Value.Start, best.Value.End);
        return best.Key;
    }

    /// <summary>
    /// "LE CSCOM DE BANCONI RECRUTE": in a sentence written in capitals every word looks like an acronym, so the
    /// name is the words before the verb, from the sentence start or the last comma, without the article.
    /// </summary>
    private (int Start, int End)? CapitalsBeforeVerb(Sentence s, int verbAt)
    {
        var before = s.Text[..verbAt];
        if (before.Any(char.IsLower) || before.Count(char.IsLetter) < 4) return null;
        var from = before.LastIndexOf(',') + 1;
        // the words with their positions; "LE", "L'ONG", "LA SOCIETE" before the name are dropped
        var words = new List<(int Start, int End, string Folded)>();
        for (var k = from; k < before.Length;)
        {
            while (k < before.Length && before[k] == ' ') k++;
            var e = k;
            while (e < before.Length && before[e] != ' ') e++;
            if (e > k) words.Add((k, e, Text.Fold(before[k..e])));
            k = e;
        }
        var skip = 0;
        while (skip < words.Count - 1 && skip < 3 && (words[skip].Folded is "le" or "la" or "les" or "l" or "l ong" or "l association" or "l entreprise" || OrganizationKinds.Contains(words[skip].Folded))) skip++;
        if (words.Count - skip is < 1 or > 5) return null;
        if (words.Skip(skip).Any(w => w.Folded is "nous" or "on" or "il" or "elle" or "qui" or "que" or "une" or "un" || w.Folded.Any(char.IsDigit))) return null;
        var start = s.Start + words[skip].Start;
        var end = s.Start + words[^1].End;
        return end > start ? (start, end) : null;
    }

    /// <summary>
    /// The recruiting verb of a sentence: "recrute", or "recherche"/"cherche" followed by what is sought
    /// ("recherche un(e) …", "recherche pour sa base …") — not "Profil recherché", "Groupe de Recherche et …".
    /// </summary>
    private static System.Text.RegularExpressions.Match? RecruitingVerb(string folded)
    {
        for (var m = Patterns.Recruits().Match(folded); m.Success; m = m.NextMatch())
        {
            if (!m.Value.Contains("cherch", StringComparison.Ordinal) || m.Value.Contains("recruter", StringComparison.Ordinal)) return m;
            var next = FrenchLexicon.Words(folded[(m.Index + m.Length)..Math.Min(folded.Length, m.Index + m.Length + 20)]);
            var first = next.Split(' ', 2)[0];
            if (first is "un" or "une" or "des" or "pour" or "activement" or "actuellement" or "deux" or "trois" or "quatre" or "cinq" or "six" or "sept" or "huit" or "neuf" or "dix"
                || first.Length > 0 && char.IsDigit(first[0])) return m;
        }
        return null;
    }

    private string? KnownNameForAcronym(string acronym)
    {
        foreach (var s in _doc.Sentences(0, Math.Min(_doc.Lines.Count, 30)))
        {
            if (!s.Text.Contains("(" + acronym + ")", StringComparison.Ordinal)) continue;
            var m = Patterns.NameThenAcronym().Match(s.Text);
            while (m.Success && m.Groups[2].Value != acronym) m = m.NextMatch();
            if (!m.Success) continue;
            var hits = FrenchLexicon.OrganizationMatcher.FindAll(Text.Fold(m.Groups[1].Value));
            if (hits.Count > 0) return hits[0].Value;
        }
        return null;
    }

    /// <summary>The acronym's letters are, in order, initials of the name's words ("CSEC", "Caisse Sahel Epargne et Crédit").</summary>
    private static bool IsAcronymOf(string acronym, string name)
    {
        var initials = string.Concat(Text.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));
        // "CSRéf": a mixed-case acronym is read by its capitals
        if (acronym.Any(char.IsLower)) acronym = string.Concat(acronym.Where(char.IsUpper));
        if (acronym.Length < 2) return false;
        // the letters that are initials, in order, from the start: all of them, or (for "CSRÉF" in capitals) at least three and 60%
        var letters = Text.Fold(acronym).Replace(" ", "", StringComparison.Ordinal);
        var k = 0;
        var matched = 0;
        foreach (var c in letters)
        {
            k = initials.IndexOf(c, k);
            if (k < 0) break;
            k++;
            matched++;
        }
        return matched == letters.Length || matched >= 3 && matched >= 0.6 * letters.Length;
    }

    /// <summary>
    /// Short patterns ("care", "first", "pam") count only where written in capitals in the text, or capitalised
    /// before "Mali", "au Mali" or "International" ("Educo Mali", "Oxfam au Mali").
    /// </summary>
    private static bool IsUpperish(string text, string pattern)
        => pattern.Length > 5 || pattern.Contains(' ', StringComparison.Ordinal) || text.Contains(pattern.ToUpperInvariant(), StringComparison.Ordinal)
            || text.Contains(char.ToUpperInvariant(pattern[0]) + pattern[1..] + " Mali", StringComparison.Ordinal)
            || text.Contains(char.ToUpperInvariant(pattern[0]) + pattern[1..] + " au Mali", StringComparison.Ordinal)
            || text.Contains(char.ToUpperInvariant(pattern[0]) + pattern[1..] + " International", StringComparison.Ordinal);

    private int? ReadPositions()
    {
        foreach (var scope in Scopes(shared: false))
        {
            foreach (var line in LinesIn(scope))
            {
                if (line.Label?.Field != "positions" || LabelValueOf(line) is not { } v) continue;
                var f = Fold(v.Start, v.End).Trim();
                var token = new string(f.TakeWhile(ch => char.IsLetterOrDigit(ch)).ToArray());
                var bracket = Patterns.BracketCount().Match(f);
                double n;
                if (bracket.Success && Quantities.TryReadNumber(bracket.Groups[1].Value, out n) || Quantities.TryReadNumber(token, out n))
                {
                    if (n is >= 1 and < 200) { Note(PostingField.Positions, v.Start, v.End); return (int)n; }
                }
            }
        }
        return null;
    }

    private IReadOnlyList<string> ReadLocations()
    {
        foreach (var scope in Scopes(shared: false))
        {
            foreach (var line in LinesIn(scope))
            {
                if (line.Label?.Field != "location") continue;
                var places = new List<(int, int)>();
                if (line.Label.ValueStart < line.End)
                {
                    places.AddRange(SplitPlaces(line.Label.ValueStart, line.End));
                }
                else
                {
                    for (var i = line.Index + 1; i < Math.Min(_doc.Lines.Count, line.Index + 13); i++)
                    {
                        var l = _doc.Lines[i];
                        if (l.IsHeading || l.Label is not null || !LooksLikePlaceLine(l)) break;
                        places.AddRange(SplitPlaces(l.Start, l.End));
                    }
                }
                if (places.Count > 0) return Places(places);
            }
        }
        foreach (var scope in Scopes(shared: false))
        {
            foreach (var s in _doc.SentencesMatching(Patterns.BasedAt(), scope.Start, scope.End))
            {
                var m = Patterns.BasedAt().Match(s.Folded);
                if (!m.Success) continue;
                var from = s.Start + m.Index + m.Length;
                var places = SplitPlaces(from, CapitalisedRun(from, s.End)).ToList();
                if (places.Count > 0) return Places(places);
            }
        }
        if (_titlePlaces is { } tp && SplitPlaces(tp.Start, tp.End).ToList() is { Count: > 0 } fromTitle) return Places(fromTitle);
        // "X recrute pour son bureau de Kayes", "… un comptable pour son siège à Bamako"
        foreach (var scope in Scopes(shared: false))
        {
            foreach (var s in _doc.SentencesMatching(Patterns.OfficeOf(), scope.Start, scope.End))
            {
                // "… recrute un(e) Logisticien(ne)\npour son bureau de Tombouctou." — a sentence broken over two lines
                var brokenLine = s.Start == s.Line.Start && s.Line.Index > 0 && Patterns.Recruits().IsMatch(_doc.Lines[s.Line.Index - 1].Folded);
                if (!brokenLine && !Patterns.Recruits().IsMatch(s.Folded)) continue;
                var m = Patterns.OfficeOf().Match(s.Folded);
                if (!m.Success) continue;
                var from = s.Start + m.Index + m.Length;
                // "pour son projet de Koutiala" but not "pour son projet de Résilience": a place the gazetteer knows
                var places = SplitPlaces(from, CapitalisedRun(from, s.End)).ToList();
                if (places.Count > 0 && places.All(p => IsKnownPlace(p.Start, p.End))) return Places(places);
            }
        }
        return Array.Empty<string>();
    }

    /// <summary>Where the capitalised words from a position end ("Gao, Ansongo et Ménaka …"), joined by "et", "," or "/".</summary>
    private int CapitalisedRun(int from, int end)
    {
        var to = from;
        while (to < end)
        {
            var wEnd = to;
            while (wEnd < end && (char.IsLetter(_src.Text[wEnd]) || _src.Text[wEnd] is '-' or '\'')) wEnd++;
            var word = _src.Text[to..wEnd];
            if (word.Length == 0) break;
            if (!char.IsUpper(word[0]) && word is not "et" and not "à" and not "a" && !(to == from && !_src.Text.AsSpan(Math.Max(0, from - 200), Math.Min(200, from)).ContainsAnyInRange('A', 'Z'))) break;
            // in capitals, "SÉGOU CHERCHE UN COMPTABLE", "KAYES LES POSTES SUIVANTS": a common word ends the place
            if (to > from && Text.Fold(word) is "un" or "une" or "des" or "les" or "le" or "la" or "pour" or "avec" or "dans" or "sur" or "aux" or "cherche" or "recherche" or "recrute" or "recrutent" or "qui" or "est" or "sont" or "afin") break;
            to = wEnd;
            while (to < end && _src.Text[to] is ' ' or ',' or '/') to++;
        }
        return to;
    }

    private List<string> Places(List<(int Start, int End)> spans)
    {
        var result = new List<string>();
        foreach (var (s, e) in spans)
        {
            var name = Norm(s, e);
            if (result.Any(r => Text.Fold(r) == Text.Fold(name))) continue;
            result.Add(name);
            Note(PostingField.Locations, s, e);
        }
        return result;
    }

    private static bool LooksLikePlaceLine(Line l)
    {
        if (l.Text.Length > 60 || l.Text.Contains(':', StringComparison.Ordinal)) return false;
        var words = l.Text.Split([' ', ',', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6) return false;
        if (words.Length >= 2 && words.All(w => w.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)))) return false;
        return words.All(w => char.IsUpper(w[0]) || w is "et" or "ou" or "de" or "du" or "à" or "(Mali)" || w[0] == '(');
    }

    /// <summary>
    /// The places named between two positions. An area followed by a bracket of known places
    /// ("Région de Ségou (Markala, Niono)", "cercle de Bourem (Bamba)") gives those, the stations;
    /// other brackets are left out ("Markala (région de Ségou)", "Gao (avec déplacements)").
    /// </summary>
    private IEnumerable<(int Start, int End)> SplitPlaces(int start, int end)
    {
        var places = SplitPlacesFlat(start, end).ToList();
        var t = _src.Text;
        var f = _src.Folded;
        for (var k = 0; k < places.Count; k++)
        {
            var (from, to) = places[k];
            var before = f[Math.Max(start, from - 24)..from];
            if (!AreaWords.Any(a => before.EndsWith(a, StringComparison.Ordinal))) continue;
            var open = to;
            while (open < end && t[open] == ' ') open++;
            if (open >= end || t[open] != '(') continue;
            var close = t.IndexOf(')', open, end - open);
            if (close < 0) continue;
            var inner = SplitPlacesFlat(open + 1, close).ToList();
            if (inner.Count == 0 || !inner.All(p => IsKnownPlace(p.Start, p.End))) continue;
            places.RemoveAt(k);
            places.InsertRange(k, inner);
            k += inner.Count - 1;
        }
        return places;
    }

    private static readonly string[] AreaWords = ["region de ", "region du ", "region d'", "regions de ", "cercle de ", "cercle du ", "cercle d'", "cercles de ", "commune de ", "commune d'", "communes de ", "rurale de ", "urbaine de "];

    /// <summary>Splits "Mopti et Bandiagara (Mali)", "Bamako (1) Koulikoro (1)" into places, brackets left out.</summary>
    private IEnumerable<(int Start, int End)> SplitPlacesFlat(int start, int end)
    {
        var t = _src.Text;
        var f = _src.Folded;
        var stop = end;
        for (var k = start; k < end; k++)
        {
            // "Tominian ; Mandiakuy ; Fangasso": a semicolon before a capital separates places
            if (t[k] == ';' && t.AsSpan(k + 1, end - k - 1).TrimStart() is { Length: > 0 } next && char.IsUpper(next[0])) continue;
            if (t[k] is '.' or ';' && (k + 1 == end || t[k + 1] == ' ')) { stop = k; break; }
        }
        foreach (var tail in new[] { " avec ", " et des ", " with ", " plus des ", " et deplacement", " deplacement", " missions " })
        {
            var cut = f.IndexOf(tail, start, stop - start, StringComparison.Ordinal);
            if (cut >= 0) stop = cut;
        }
        // a notice typed without capitals ("pour son bureau de kayes") names its places in lower case
        var lineFrom = t.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var lineTo = t.IndexOf('\n', start);
        var lowerCaseLine = !t.AsSpan(lineFrom, (lineTo < 0 ? t.Length : lineTo) - lineFrom).ContainsAnyInRange('A', 'Z');
        var sep = new bool[stop - start];
        var depth = 0;
        for (var k = start; k < stop; k++)
        {
            var c = t[k];
            if (c == '(') depth++;
            if (depth > 0 || c is ',' or ';' or '/' or '|' or '\t' or '&' or '+' || char.IsDigit(c)) sep[k - start] = true;
            if (c == ')' && depth > 0) depth--;
        }
        foreach (var w in new[] { " et ", " ou ", " - ", " and " })
        {
            var at = f.IndexOf(w, start, stop - start, StringComparison.Ordinal);
            while (at >= 0)
            {
                for (var k = at; k < at + w.Length; k++) sep[k - start] = true;
                at = at + w.Length < stop ? f.IndexOf(w, at + w.Length, stop - at - w.Length, StringComparison.Ordinal) : -1;
            }
        }
        var i = 0;
        while (i < sep.Length)
        {
            while (i < sep.Length && (sep[i] || char.IsWhiteSpace(t[start + i]))) i++;
            var j = i;
            while (j < sep.Length && !sep[j]) j++;
            var e = j;
            while (e > i && (char.IsWhiteSpace(t[start + e - 1]) || t[start + e - 1] is '-' or ':')) e--;
            var s0 = i;
            // "à Bamako", "et à Gao"
            var lead = Text.Fold(t[(start + s0)..(start + e)]);
            foreach (var prefix in new[] { "a ", "et a ", "en ", "au " })
            {
                if (lead.StartsWith(prefix, StringComparison.Ordinal) && e - s0 > prefix.Length) { s0 += prefix.Length; lead = lead[prefix.Length..]; }
            }
            // "Bamako avec déplacements": a place is its leading capitalised words
            var w = s0;
            while (w < e)
            {
                var ws = w;
                while (ws < e && t[start + ws] == ' ') ws++;
                var we = ws;
                while (we < e && t[start + we] != ' ') we++;
                if (ws > s0 && ws < e && char.IsLower(t[start + ws]) && !Connector(Text.Fold(t[(start + ws)..(start + we)])))
                {
                    e = ws;
                    while (e > s0 && t[start + e - 1] == ' ') e--;
                    break;
                }
                w = we;
            }
            // "Cercles de Bourem", "commune rurale de Koro": the place is the name after the kind of area
            if (e > s0 && AreaPrefix().Match(f, start + s0, e - s0) is { Success: true } area && area.Index == start + s0 && area.Length < e - s0) s0 += area.Length;
            if (e > s0)
            {
                var name = t[(start + s0)..(start + e)];
                var folded = Text.Fold(name);
                var words = folded.Split(' ');
                if ((char.IsUpper(name[0]) || lowerCaseLine) && words.Length <= 4 && folded is not "mali" and not "republique du mali" and not "n a" and not "na" && folded.Length > 1)
                    yield return (start + s0, start + e);
            }
            i = j;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:cercles?|communes?(?: rurales?| urbaines?)?|regions?|villes?|localites?|sous-bureaux?|sous bureaux?|bureaux?|bases?|antennes?)\s+(?:de\s+|d'|du\s+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant, Patterns.TimeoutMs)]
    private static partial System.Text.RegularExpressions.Regex AreaPrefix();

    private static bool Connector(string folded) => folded is "de" or "du" or "des" or "d" or "la" or "le" or "les" or "l" or "sur" or "en";

    private (ContractType?, double?) ReadContract(string title)
    {
        ContractType? type = null;
        double? months = null;
        foreach (var scope in Scopes(shared: true))
        {
            foreach (var line in LinesIn(scope))
            {
                if (line.Label?.Field != "contract" || LabelValueOf(line) is not { } v) continue;
                var f = Fold(v.Start, v.End);
                type ??= ContractIn(Text.Fold(f), v.Start, v.End);
                months ??= DurationIn(f, v.Start);
            }
            if (type is not null || months is not null) break;
        }
        foreach (var scope in Scopes(shared: true))
        {
            if (type is not null && months is not null) break;
            foreach (var s in _doc.SentencesMatching(Patterns.ContractWord(), scope.Start, scope.End))
            {
                var words = s.Words;
                if (HasWord(words, "experience") || HasWord(words, "experiences")) continue;
                if (type is null && (HasWord(words, "cdd") || HasWord(words, "cdi") || words.Contains("duree determinee", StringComparison.Ordinal) || words.Contains("duree indeterminee", StringComparison.Ordinal)))
                    type = ContractIn(words, s.Start, s.End);
                // "un projet financé par l'USAID pour une durée de cinq ans" is the project's length
                var aboutProject = (HasWord(words, "projet") || HasWord(words, "programme") || HasWord(words, "finance")) && !HasWord(words, "contrat") && !HasWord(words, "cdd") && !HasWord(words, "poste");
                if (months is null && !aboutProject && (HasWord(words, "contrat") || HasWord(words, "duree") || HasWord(words, "cdd")))
                    months = DurationIn(s.Folded, s.Start);
            }
        }
        if (type is null || months is null)
        {
            // "offre un stage professionnel de six (06) mois", "OFFRE DE STAGE"
            foreach (var s in _doc.SentencesContaining(["stage"], 0, _doc.Lines.Count))
            {
                var words = s.Words;
                if (!HasWord(words, "stage") || s.Line.Section is "profile" or "education" or "experience" or "tasks" || ExperienceWords.Any(w => HasWord(words, w))) continue;
                if (FrenchLexicon.NecessityIn(words) is not null) continue;
                var offered = HasWord(words, "offre") || HasWord(words, "offrons") || HasWord(words, "propose") || HasWord(words, "recrute") || words.StartsWith("stage", StringComparison.Ordinal);
                if (!offered) continue;
                if (type is null) { type = ContractType.Stage; Note(PostingField.ContractType, s.Start, s.End); }
                months ??= DurationIn(s.Folded, s.Start);
                if (months is not null) break;
            }
        }
        if (type is null)
        {
            var t = Text.Fold(title);
            if (HasWord(t, "stagiaire") || HasWord(t, "stagiaires") || HasWord(t, "stage")) type = ContractType.Stage;
            else if (HasWord(t, "consultant") || HasWord(t, "consultante") || HasWord(t, "consultants") || HasWord(t, "consultance")) type = ContractType.Consultance;
            else if (HasWord(t, "volontaire") || HasWord(t, "volontaires") || HasWord(t, "vnu")) type = ContractType.Volontariat;
        }
        return (type, months);
    }

    private ContractType? ContractIn(string words, int start, int end)
    {
        ContractType? t = null;
        if (HasWord(words, "cdd") || words.Contains("duree determinee", StringComparison.Ordinal) || words.Contains("fixed term", StringComparison.Ordinal)) t = ContractType.Cdd;
        else if (HasWord(words, "cdi") || words.Contains("duree indeterminee", StringComparison.Ordinal) || words.Contains("open ended", StringComparison.Ordinal)) t = ContractType.Cdi;
        else if (HasWord(words, "stage") || HasWord(words, "stagiaire")) t = ContractType.Stage;
        else if (HasWord(words, "consultance") || HasWord(words, "consultant") || words.Contains("prestation de service", StringComparison.Ordinal)) t = ContractType.Consultance;
        else if (HasWord(words, "volontariat") || HasWord(words, "volontaire")) t = ContractType.Volontariat;
        if (t is not null) Note(PostingField.ContractType, start, end);
        return t;
    }

    private double? DurationIn(string folded, int offset)
    {
        var amounts = Quantities.Find(folded, out var missing);
        foreach (var a in amounts)
        {
            // "CDI après une période d'essai de trois (03) mois": the trial is not the contract
            var before = folded[Math.Max(0, a.Start - 30)..a.Start];
            if (Patterns.TrialPeriod().IsMatch(before)) continue;
            var months = Math.Round(a.Years * 12, 2);
            if (months is > 0 and <= 60)
            {
                Note(PostingField.Duration, offset + a.Start, offset + a.End);
                return months;
            }
        }
        if (missing >= 0)
            Diagnose(ParseDiagnostic.DurationWithoutNumber, "Durée sans nombre lisible.", "A duration with no readable number.", offset + missing, offset + missing + 4);
        return null;
    }


    private StartDate? ReadStart()
    {
        foreach (var scope in Scopes(shared: true))
        {
            foreach (var line in LinesIn(scope))
            {
                if (line.Label?.Field != "start" || LabelValueOf(line) is not { } v) continue;
                if (StartIn(v.Start, v.End) is { } s) return s;
            }
            foreach (var s in _doc.SentencesMatching(Patterns.StartMarker(), scope.Start, scope.End))
            {
                if (StartIn(s.Start, s.End) is { } st) return st;
            }
        }
        return null;
    }

    private StartDate? StartIn(int start, int end)
    {
        var f = Fold(start, end);
        var imm = Patterns.Immediate().Match(f);
        var date = FirstDate(start, end);
        if (imm.Success && (date is null || imm.Index < date.Value.Start - start))
        {
            Note(PostingField.StartDate, start + imm.Index, start + imm.Index + imm.Length);
            return StartDate.Immediate;
        }
        if (date is { } d)
        {
            Note(PostingField.StartDate, d.Start, d.End);
            return StartDate.On(d.Date);
        }
        return null;
    }

    private (DateOnly Date, int Start, int End)? FirstDate(int start, int end, int from = 0)
    {
        foreach (var (date, s, e, near) in Quantities.Dates(Fold(start, end)))
        {
            if (s < from) continue;
            if (date is null)
            {
                Diagnose(ParseDiagnostic.InvalidDate, $"Date invalide : « {Norm(start + s, start + e)} ».", $"Invalid date: \"{Norm(start + s, start + e)}\".", start + s, start + e);
                continue;
            }
            if (near)
                Diagnose(ParseDiagnostic.NearMiss, $"Mois lu comme une faute de frappe : « {Norm(start + s, start + e)} ».", $"Month read as a typo: \"{Norm(start + s, start + e)}\".", start + s, start + e);
            return (date.Value, start + s, start + e);
        }
        return null;
    }

    private (DateOnly Date, int Start, int End)? LastDateBefore(int start, int markerAt)
    {
        (DateOnly Date, int Start, int End)? last = null;
        foreach (var (date, s, e, _) in Quantities.Dates(Fold(start, markerAt)))
        {
            if (date is { } d && markerAt - (start + e) <= 12) last = (d, start + s, start + e);
        }
        return last;
    }

    private DateOnly? ReadDeadline()
    {
        foreach (var scope in Scopes(shared: true))
        {
            foreach (var line in LinesIn(scope))
            {
                if (line.Label?.Field != "deadline" || LabelValueOf(line) is not { } v) continue;
                if ((FirstDate(v.Start, v.End) ?? YearlessDate(v.Start, v.End)) is { } d) { Note(PostingField.Deadline, d.Start, d.End); return d.Date; }
            }
            foreach (var s in _doc.SentencesMatching(Patterns.DeadlineMarker(), scope.Start, scope.End))
            {
                var marker = Patterns.DeadlineMarker().Match(s.Folded);
                if (!marker.Success) continue;
                var at = marker.Index;
                if (FirstDate(s.Start, s.End, at) is { } d) { Note(PostingField.Deadline, d.Start, d.End); return d.Date; }
                // "le 30 avril 2026 au plus tard": the date right before the marker
                if (LastDateBefore(s.Start, s.Start + at) is { } b) { Note(PostingField.Deadline, b.Start, b.End); return b.Date; }
                // "au plus tard le 15 mars à 17h": no year written
                if (YearlessDate(s.Start, s.End, at) is { } y) { Note(PostingField.Deadline, y.Start, y.End); return y.Date; }
            }
        }
        // "jusqu'au 27 mars", but not a period of publication ("Période d'affichage : du 12 jusqu'au 19 juin")
        foreach (var scope in Scopes(shared: true))
        {
            foreach (var s in _doc.SentencesMatching(Patterns.DeadlineUntil(), scope.Start, scope.End))
            {
                var words = s.Words;
                // nor the end of a contract ("CDD jusqu'au 31 décembre 2026")
                if (HasWord(words, "affichage") || HasWord(words, "publication") || HasWord(words, "publie") || HasWord(words, "parution") || HasWord(words, "validite")
                    || Patterns.ContractWord().IsMatch(s.Folded) || HasWord(words, "mission") || HasWord(words, "projet") || s.Line.Section is "tasks" or "context") continue;
                var marker = Patterns.DeadlineUntil().Match(s.Folded);
                if (marker.Success && (FirstDate(s.Start, s.End, marker.Index) ?? YearlessDate(s.Start, s.End, marker.Index)) is { } d) { Note(PostingField.Deadline, d.Start, d.End); return d.Date; }
            }
        }
        return null;
    }

    /// <summary>
    /// The first date written without a year from <paramref name="from"/> on, read in the year that
    /// puts it closest to the notice's <see cref="Document.ReferenceDate"/>, within six months.
    /// Diagnosed either way.
    /// </summary>
    private (DateOnly Date, int Start, int End)? YearlessDate(int start, int end, int from = 0)
    {
        foreach (var (day, month, s, e) in Quantities.DatesWithoutYear(Fold(start, end)))
        {
            if (s < from) continue;
            DateOnly? best = null;
            var gap = int.MaxValue;
            if (_doc.ReferenceDate is { } o)
            {
                for (var y = o.Year - 1; y <= o.Year + 1; y++)
                {
                    if (day > DateTime.DaysInMonth(y, month)) continue;
                    var candidate = new DateOnly(y, month, day);
                    var g = Math.Abs(candidate.DayNumber - o.DayNumber);
                    if (g < gap) (best, gap) = (candidate, g);
                }
            }
            var text = Norm(start + s, start + e);
            if (best is { } d && gap <= 183)
            {
                Diagnose(ParseDiagnostic.DateWithoutYear, $"Date sans année : « {text} », lue comme le {d.ToString("dd'/'MM'/'yyyy", System.Globalization.CultureInfo.InvariantCulture)} d'après les autres dates de l'offre.", $"Date without a year: \"{text}\", read as {d.ToString("yyyy'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture)} from the notice's other dates.", start + s, start + e);
                return (d, start + s, start + e);
            }
            Diagnose(ParseDiagnostic.DateWithoutYear, $"Date sans année : « {text} » ; aucune autre date de l'offre ne la situe.", $"Date without a year: \"{text}\"; no other date in the notice places it.", start + s, start + e);
            return null;
        }
        return null;
    }

    private Sex? ReadReservedTo()
    {
        foreach (var s in _doc.SentencesContaining(["femme", "feminin", "candidates", "women", "female"], _own.Start, _own.End))
        {
            var w = Patterns.WomenOnly().Match(s.Folded);
            if (w.Success && !BothSexes(s.Folded, w.Index + w.Length)) { Note(PostingField.ReservedTo, s.Start + w.Index, s.Start + w.Index + w.Length); return Sex.Female; }
        }
        foreach (var s in _doc.SentencesContaining(["homme", "masculin"], _own.Start, _own.End))
        {
            var m = Patterns.MenOnly().Match(s.Folded);
            if (m.Success && !BothSexes(s.Folded, m.Index + m.Length)) { Note(PostingField.ReservedTo, s.Start + m.Index, s.Start + m.Index + m.Length); return Sex.Male; }
        }
        return null;
    }

    /// <summary>"ouvert aux hommes et aux femmes", "… aux femmes comme aux hommes": the post is open to both.</summary>
    private static bool BothSexes(string folded, int after)
    {
        var rest = folded.AsSpan(after).TrimStart();
        return rest.StartsWith("et ", StringComparison.Ordinal) || rest.StartsWith("ou ", StringComparison.Ordinal) || rest.StartsWith("comme ", StringComparison.Ordinal)
            || rest.StartsWith("qu'aux", StringComparison.Ordinal) || rest.StartsWith("que ", StringComparison.Ordinal);
    }

    private bool ReadWomenEncouraged()
    {
        foreach (var scope in new[] { _own, Whole })
        {
            foreach (var s in _doc.SentencesContaining(["encourag", "recherchee", "souhaitee", "bienvenue", "privilegiee", "appreciee"], scope.Start, scope.End))
            {
                var m = Patterns.WomenEncouraged().Match(s.Line.Folded);
                if (m.Success) { Note(PostingField.WomenEncouraged, s.Line.Start + m.Index, s.Line.Start + m.Index + m.Length); return true; }
            }
        }
        return false;
    }
}
