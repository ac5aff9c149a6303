using System.Text.Encodings.Web;
using System.Text.Json;
using Matching.Model;
using Matching.Scoring;

namespace Matching.Serialization;

/// <summary>
/// Reads and writes the v1 JSON formats (docs/formats.md): postings (<c>{"postings":[…]}</c>),
/// candidate profiles (a JSON array, or JSON Lines), rankings (<c>{"rankings":[…]}</c>) and weights.
/// Errors name the source, the item and the field.
/// </summary>
public static class MatchingJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>
    /// The context for written JSON: the generated one, with accents and '+' written as they are ("Chargé", "bac+3")
    /// rather than as \u escapes. The output is for files and consoles, never embedded in HTML.
    /// </summary>
    private static readonly MatchingJsonContext Writer = new(new JsonSerializerOptions(MatchingJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The names of the weights a weights object may hold.</summary>
    private static readonly string[] WeightNames = ["education", "experience", "languages", "licences", "location", "areas", "skills", "gender", "nationality"];

    /// <summary>Reads a postings document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name, for error messages.</param>
    /// <returns>The postings, in document order.</returns>
    /// <exception cref="MatchingFormatException">The document or a posting is invalid; every error found is listed.</exception>
    public static IReadOnlyList<Posting> ReadPostings(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.AsSpan().TrimStart().StartsWith("["))
            throw new MatchingFormatException([new InputError(source, "document", null, "a postings document {\"postings\": [ … ]} was expected, not a JSON array (is this a file of candidates?)") { MessageFr = "un document d'offres {\"postings\": [ … ]} était attendu, pas un tableau JSON (est-ce un fichier de candidats ?)" }]);
        var mapper = new Mapper(source);
        PostingsDocumentDto? doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, MatchingJsonContext.Default.PostingsDocumentDto);
        }
        catch (JsonException e)
        {
            throw new MatchingFormatException([Error(source, "document", Path(e), e)]);
        }
        if (doc?.Postings is null)
        {
            var candidate = LooksLikeCandidate(json);
            throw new MatchingFormatException([new InputError(source, "document", "postings", "a \"postings\" array is required" + (candidate ? " (this looks like a candidate profile)" : ""))
            {
                MessageFr = "un tableau \"postings\" est requis" + (candidate ? " (on dirait un profil de candidat)" : ""),
            }]);
        }
        var postings = new List<Posting>();
        for (var i = 0; i < doc.Postings.Count; i++)
        {
            mapper.SetItem($"postings[{i}]");
            if (mapper.ToPosting(doc.Postings[i]) is { } p) postings.Add(p);
        }
        if (mapper.Errors.Count > 0) throw new MatchingFormatException(mapper.Errors);
        return postings;
    }

    /// <summary>Writes postings as a postings document (the extraction format).</summary>
    /// <param name="postings">The postings.</param>
    /// <returns>Indented JSON.</returns>
    public static string WritePostings(IEnumerable<Posting> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var doc = new PostingsDocumentDto { Postings = NotNull(postings, nameof(postings)).Select(p => (PostingDto?)Mapper.FromPosting(p)).ToList() };
        return JsonSerializer.Serialize(doc, Writer.PostingsDocumentDto);
    }

    /// <summary>
    /// Reads candidate profiles: a JSON array of profiles, or JSON Lines (one profile a line).
    /// A candidate that cannot be read is left out with its errors in <see cref="CandidateBatch.Errors"/>; the others are kept.
    /// </summary>
    /// <param name="json">The text.</param>
    /// <param name="source">The file name, for error messages.</param>
    /// <param name="jsonLines">Whether the text is JSON Lines.</param>
    /// <returns>The candidates read and the errors.</returns>
    /// <exception cref="MatchingFormatException">The document as a whole cannot be read (not an array, invalid JSON outside any item).</exception>
    public static CandidateBatch ReadCandidates(string json, string? source = null, bool jsonLines = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        var mapper = new Mapper(source);
        var candidates = new List<CandidateProfile>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Each entry gets its own item, so that errors count candidates: an id seen before is followed by the entry's index.
        string Item(string id, string index) => seen.Add(id) ? id : $"{id} ({index})";
        void Add(JsonElement element, string index)
        {
            mapper.SetItem(index);
            CandidateDto? dto;
            try
            {
                dto = element.ValueKind == JsonValueKind.Object ? element.Deserialize(MatchingJsonContext.Default.CandidateDto) : null;
            }
            catch (JsonException e)
            {
                if (element.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(idEl.GetString())) mapper.SetItem(Item(idEl.GetString()!, index));
                // the position is inside the entry as re-read, not in the file: left out
                var (en, fr) = Describe(e, position: false);
                mapper.Fail(Path(e), en, fr);
                return;
            }
            if (dto is null) { mapper.Fail(null, "a candidate must be a JSON object", "un candidat doit être un objet JSON"); return; }
            if (!string.IsNullOrWhiteSpace(dto.Id)) mapper.SetItem(Item(dto.Id, index));
            var c = mapper.ToCandidate(dto);
            if (c is null) return;
            if (ids.TryGetValue(c.Id, out var first)) { mapper.Fail("id", $"duplicate id (also at {first})", $"identifiant en double (déjà pris en {first})"); return; }
            ids[c.Id] = index;
            candidates.Add(c);
        }
        if (jsonLines)
        {
            var lineNo = 0;
            foreach (var line in json.Split('\n'))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    using var doc = JsonDocument.Parse(line, DocumentOptions);
                    Add(doc.RootElement, $"line {lineNo}");
                }
                catch (JsonException e)
                {
                    mapper.SetItem($"line {lineNo}");
                    var (en, fr) = Describe(e, position: false);
                    var at = e.BytePositionInLine is { } b ? $" (position {b + 1})" : "";
                    mapper.Fail(null, en + at, fr + at);
                }
            }
        }
        else
        {
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(json, DocumentOptions);
            }
            catch (JsonException e)
            {
                throw new MatchingFormatException([Error(source, "document", e.LineNumber is { } l ? $"line {l + 1}" + (e.BytePositionInLine is { } b ? $", position {b + 1}" : "") : null, e, position: false)]);
            }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Array)
                    throw new MatchingFormatException([new InputError(source, "document", null, "candidates must be a JSON array of profiles (or JSON Lines)") { MessageFr = "les candidats doivent être un tableau JSON de profils (ou du JSON Lines)" }]);
                var i = 0;
                foreach (var element in doc.RootElement.EnumerateArray()) Add(element, $"[{i++}]");
            }
        }
        return new CandidateBatch(candidates, mapper.Errors);
    }

    /// <summary>Writes candidate profiles as a JSON array; unknown fields are left out.</summary>
    /// <param name="candidates">The candidates.</param>
    /// <returns>Indented JSON.</returns>
    public static string WriteCandidates(IEnumerable<CandidateProfile> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return JsonSerializer.Serialize(NotNull(candidates, nameof(candidates)).Select(Mapper.FromCandidate).ToList(), Writer.ListCandidateDto);
    }

    /// <summary>Writes rankings as a rankings document.</summary>
    /// <param name="rankings">The rankings, one per posting.</param>
    /// <returns>Indented JSON.</returns>
    public static string WriteRankings(IEnumerable<Ranking> rankings)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        var doc = new RankingsDocumentDto { Rankings = NotNull(rankings, nameof(rankings)).Select(Mapper.FromRanking).ToList() };
        return JsonSerializer.Serialize(doc, Writer.RankingsDocumentDto);
    }

    /// <summary>Reads weights; a kind left out keeps its default weight.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="source">The file name, for error messages.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="MatchingFormatException">The JSON or a weight is invalid.</exception>
    public static MatchWeights ReadWeights(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        WeightsDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, MatchingJsonContext.Default.WeightsDto);
        }
        catch (JsonException e)
        {
            throw new MatchingFormatException([Error(source, "weights", Path(e), e)]);
        }
        if (dto is null) throw new MatchingFormatException([new InputError(source, "weights", null, "a JSON object of weights is required") { MessageFr = "un objet JSON de poids est requis" }]);
        var mapper = new Mapper(source);
        mapper.SetItem("weights");
        using (var doc = JsonDocument.Parse(json, DocumentOptions))
        {
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (!WeightNames.Contains(property.Name, StringComparer.Ordinal))
                    mapper.Fail(property.Name, $"unknown weight (the weights are {string.Join(", ", WeightNames)})", $"poids inconnu (les poids sont {string.Join(", ", WeightNames)})");
            }
        }
        var w = mapper.ToWeights(dto);
        if (mapper.Errors.Count > 0) throw new MatchingFormatException(mapper.Errors);
        return w;
    }

    /// <summary>Writes weights as a JSON object.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>Indented JSON.</returns>
    public static string WriteWeights(MatchWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return JsonSerializer.Serialize(Mapper.FromWeights(weights), Writer.WeightsDto);
    }

    private static string? Path(JsonException e) => string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path.TrimStart('$', '.');

    /// <summary>Whether a JSON object has an "id" and no "postings": a candidate given where postings are expected.</summary>
    private static bool LooksLikeCandidate(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, DocumentOptions);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Items of a sequence to write, checked: an ArgumentException names the index of a null item.</summary>
    private static IEnumerable<T> NotNull<T>(IEnumerable<T> items, string name)
        where T : class
    {
        var i = 0;
        foreach (var item in items)
        {
            if (item is null) throw new ArgumentException($"The item at index {i} is null.", name);
            i++;
            yield return item;
        }
    }

    /// <summary>An error for a JSON exception, in plain words, in English and French.</summary>
    internal static InputError Error(string? source, string item, string? field, JsonException e, bool position = true)
    {
        var (en, fr) = Describe(e, position);
        return new InputError(source, item, field, en) { MessageFr = fr };
    }

    /// <summary>What a JSON error means in plain words, in English and French, with the line and position only where the reader knew them.</summary>
    internal static (string En, string Fr) Describe(JsonException e, bool position = true)
    {
        var m = e.Message;
        string en, fr;
        const string Converted = "could not be converted to ";
        var at = m.IndexOf(Converted, StringComparison.Ordinal);
        if (at >= 0)
        {
            (en, fr) = Expected(m[(at + Converted.Length)..]);
        }
        else
        {
            // A reader error: keep its first sentence, without the path and position the reader appends.
            var cut = new[] { m.IndexOf(" Path:", StringComparison.Ordinal), m.IndexOf(" LineNumber:", StringComparison.Ordinal) }.Where(i => i > 0).DefaultIfEmpty(m.Length).Min();
            var reason = m[..cut].Trim().TrimEnd('.');
            en = "invalid JSON: " + reason;
            fr = "JSON invalide : " + reason;
        }
        if (position && ((e.LineNumber ?? 0) > 0 || (e.BytePositionInLine ?? 0) > 0))
        {
            en += $" (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})";
            fr += $" (ligne {e.LineNumber + 1}, position {e.BytePositionInLine + 1})";
        }
        return (en, fr);
    }

    /// <summary>"a list was expected" and so on, from the .NET type a value could not be converted to.</summary>
    private static (string En, string Fr) Expected(string type)
    {
        static bool Is(string type, string name) => type.StartsWith(name, StringComparison.Ordinal) || type.StartsWith("System.Nullable`1[" + name, StringComparison.Ordinal);
        if (type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal)) return ("a list [ … ] was expected", "une liste [ … ] était attendue");
        if (Is(type, "System.Int")) return ("a whole number was expected", "un nombre entier était attendu");
        if (Is(type, "System.Double")) return ("a number was expected", "un nombre était attendu");
        if (Is(type, "System.Boolean")) return ("true or false was expected", "true ou false était attendu");
        if (Is(type, "System.String")) return ("a string \"…\" was expected", "une chaîne \"…\" était attendue");
        return ("an object { … } was expected", "un objet { … } était attendu");
    }
}
