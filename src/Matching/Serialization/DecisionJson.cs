using System.Text.Json;
using Matching.Learning;
using Matching.Model;

namespace Matching.Serialization;

/// <summary>
/// Reads and writes the decisions format (docs/learning.md):
/// <c>{"postings":[…], "candidates":[…], "decisions":[{"posting":0,"candidate":"c-017","grade":2}]}</c>,
/// postings in the extraction format, candidates as profiles, and each decision naming a posting by
/// its index and a candidate by its id, with a grade 0–3 or <c>"shortlisted": true|false</c>.
/// </summary>
public static class DecisionJson
{
    /// <summary>The context for written JSON: accents and '+' as they are (see <see cref="MatchingJson"/>).</summary>
    private static readonly DecisionJsonContext Writer = new(new JsonSerializerOptions(DecisionJsonContext.Default.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Reads a decisions document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name, for error messages.</param>
    /// <returns>The decisions, in document order.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="MatchingFormatException">The document, a posting, a candidate or a decision is invalid; every error found is listed.</exception>
    public static IReadOnlyList<Decision> Read(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        DecisionsDocumentDto? doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, DecisionJsonContext.Default.DecisionsDocumentDto);
        }
        catch (JsonException e)
        {
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path.TrimStart('$', '.');
            throw new MatchingFormatException([MatchingJson.Error(source, "document", path, e)]);
        }
        var errors = new List<InputError>();
        if (doc is null) throw new MatchingFormatException([new InputError(source, "document", null, "a JSON object is required") { MessageFr = "un objet JSON est requis" }]);
        if (doc.Postings is null) errors.Add(new InputError(source, "document", "postings", "a \"postings\" array is required") { MessageFr = "un tableau \"postings\" est requis" });
        if (doc.Candidates is null) errors.Add(new InputError(source, "document", "candidates", "a \"candidates\" array is required") { MessageFr = "un tableau \"candidates\" est requis" });
        if (doc.Decisions is null) errors.Add(new InputError(source, "document", "decisions", "a \"decisions\" array is required") { MessageFr = "un tableau \"decisions\" est requis" });
        if (errors.Count > 0) throw new MatchingFormatException(errors);

        var mapper = new Mapper(source);
        var postings = new Posting?[doc.Postings!.Count];
        for (var i = 0; i < postings.Length; i++)
        {
            mapper.SetItem($"postings[{i}]");
            postings[i] = mapper.ToPosting(doc.Postings[i]);
        }
        var candidates = new Dictionary<string, CandidateProfile>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Candidates!.Count; i++)
        {
            mapper.SetItem($"candidates[{i}]");
            if (doc.Candidates[i] is not { } dto) { mapper.Fail(null, "a candidate must be a JSON object", "un candidat doit être un objet JSON"); continue; }
            if (!string.IsNullOrWhiteSpace(dto.Id)) mapper.SetItem(dto.Id);
            if (mapper.ToCandidate(dto) is not { } c) continue;
            if (!candidates.TryAdd(c.Id, c)) mapper.Fail("id", "duplicate id (also at an earlier candidate)", "identifiant en double (déjà pris par un candidat plus haut)");
        }
        var decisions = new List<Decision>();
        var seen = new HashSet<(int, string)>();
        for (var i = 0; i < doc.Decisions!.Count; i++)
        {
            mapper.SetItem($"decisions[{i}]");
            if (doc.Decisions[i] is not { } d) { mapper.Fail(null, "a decision must be a JSON object", "une décision doit être un objet JSON"); continue; }
            if (d.Posting is not { } p) { mapper.Fail("posting", "the index of a posting is required", "l'indice d'une offre est requis"); continue; }
            if (p < 0 || p >= postings.Length) { mapper.Fail("posting", $"{p} is not the index of a posting (0 to {postings.Length - 1})", $"{p} n'est pas l'indice d'une offre (0 à {postings.Length - 1})"); continue; }
            if (string.IsNullOrWhiteSpace(d.Candidate)) { mapper.Fail("candidate", "the id of a candidate is required", "l'identifiant d'un candidat est requis"); continue; }
            if (!candidates.TryGetValue(d.Candidate, out var candidate))
            {
                if (!doc.Candidates.Any(c => c?.Id == d.Candidate)) mapper.Fail("candidate", $"no candidate has the id '{d.Candidate}'", $"aucun candidat n'a l'identifiant « {d.Candidate} »");
                continue;
            }
            if (d.Grade is null == d.Shortlisted is null) { mapper.Fail(null, "give either \"grade\" (0 to 3) or \"shortlisted\" (true or false)", "donnez soit \"grade\" (0 à 3), soit \"shortlisted\" (true ou false)"); continue; }
            if (d.Grade is { } g && g is < 0 or > Decision.MaxGrade) { mapper.Fail("grade", $"{g} is not a grade (0 to 3)", $"{g} n'est pas une note (0 à 3)"); continue; }
            if (!seen.Add((p, d.Candidate))) { mapper.Fail(null, $"a second decision on '{d.Candidate}' for posting {p}", $"une seconde décision sur « {d.Candidate} » pour l'offre {p}"); continue; }
            if (postings[p] is not { } posting) continue;
            decisions.Add(d.Grade is { } grade ? new Decision(posting, candidate, grade) : new Decision(posting, candidate, d.Shortlisted!.Value));
        }
        if (mapper.Errors.Count > 0) throw new MatchingFormatException(mapper.Errors);
        return decisions;
    }

    /// <summary>Writes decisions as a decisions document: each distinct posting once, each candidate once (by id).</summary>
    /// <param name="decisions">The decisions.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException">The decisions or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two different profiles share an id.</exception>
    public static string Write(IEnumerable<Decision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        var postings = new Dictionary<Posting, int>(ReferenceEqualityComparer.Instance);
        var candidates = new Dictionary<string, CandidateProfile>(StringComparer.Ordinal);
        var doc = new DecisionsDocumentDto { Postings = new(), Candidates = new(), Decisions = new() };
        foreach (var d in decisions)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(decisions));
            if (!postings.TryGetValue(d.Posting, out var p))
            {
                p = postings.Count;
                postings[d.Posting] = p;
                doc.Postings.Add(Mapper.FromPosting(d.Posting));
            }
            if (candidates.TryGetValue(d.Candidate.Id, out var known))
            {
                // records compare lists by reference: compare what would be written instead
                if (known != d.Candidate && !SameProfile(known, d.Candidate))
                    throw new ArgumentException($"Two different profiles have the id '{d.Candidate.Id}'.", nameof(decisions));
            }
            else
            {
                candidates[d.Candidate.Id] = d.Candidate;
                doc.Candidates.Add(Mapper.FromCandidate(d.Candidate));
            }
            doc.Decisions.Add(new DecisionDto { Posting = p, Candidate = d.Candidate.Id, Grade = d.Grade, Shortlisted = d.Grade is null ? d.Shortlisted : null });
        }
        return JsonSerializer.Serialize(doc, Writer.DecisionsDocumentDto);
    }

    private static bool SameProfile(CandidateProfile a, CandidateProfile b)
        => JsonSerializer.Serialize(Mapper.FromCandidate(a), MatchingJsonContext.Default.CandidateDto)
            == JsonSerializer.Serialize(Mapper.FromCandidate(b), MatchingJsonContext.Default.CandidateDto);
}
