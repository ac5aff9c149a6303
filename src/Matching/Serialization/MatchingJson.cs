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

    /// <summary>Reads a postings document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name, for error messages.</param>
    /// <returns>The postings, in document order.</returns>
    /// <exception cref="MatchingFormatException">The document or a posting is invalid; every error found is listed.</exception>
    public static IReadOnlyList<Posting> ReadPostings(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var mapper = new Mapper(source);
        PostingsDocumentDto? doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, MatchingJsonContext.Default.PostingsDocumentDto);
        }
        catch (JsonException e)
        {
            throw new MatchingFormatException([new InputError(source, "document", Path(e), Message(e))]);
        }
        if (doc?.Postings is null) throw new MatchingFormatException([new InputError(source, "document", "postings", "a \"postings\" array is required")]);
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
        var doc = new PostingsDocumentDto { Postings = postings.Select(p => (PostingDto?)Mapper.FromPosting(p)).ToList() };
        return JsonSerializer.Serialize(doc, MatchingJsonContext.Default.PostingsDocumentDto);
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
                if (element.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String) mapper.SetItem(idEl.GetString()!);
                mapper.Fail(Path(e), Message(e));
                return;
            }
            if (dto is null) { mapper.Fail(null, "a candidate must be a JSON object"); return; }
            if (!string.IsNullOrWhiteSpace(dto.Id)) mapper.SetItem(dto.Id);
            var c = mapper.ToCandidate(dto);
            if (c is null) return;
            if (ids.TryGetValue(c.Id, out var first)) { mapper.Fail("id", $"duplicate id (also at {first})"); return; }
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
                    mapper.Fail(null, Message(e));
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
                throw new MatchingFormatException([new InputError(source, "document", e.LineNumber is { } l ? $"line {l + 1}" : null, Message(e))]);
            }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Array)
                    throw new MatchingFormatException([new InputError(source, "document", null, "candidates must be a JSON array of profiles (or JSON Lines)")]);
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
        return JsonSerializer.Serialize(candidates.Select(Mapper.FromCandidate).ToList(), MatchingJsonContext.Default.ListCandidateDto);
    }

    /// <summary>Writes rankings as a rankings document.</summary>
    /// <param name="rankings">The rankings, one per posting.</param>
    /// <returns>Indented JSON.</returns>
    public static string WriteRankings(IEnumerable<Ranking> rankings)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        var doc = new RankingsDocumentDto { Rankings = rankings.Select(Mapper.FromRanking).ToList() };
        return JsonSerializer.Serialize(doc, MatchingJsonContext.Default.RankingsDocumentDto);
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
            throw new MatchingFormatException([new InputError(source, "weights", Path(e), Message(e))]);
        }
        if (dto is null) throw new MatchingFormatException([new InputError(source, "weights", null, "a JSON object of weights is required")]);
        var mapper = new Mapper(source);
        mapper.SetItem("weights");
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
        return JsonSerializer.Serialize(Mapper.FromWeights(weights), MatchingJsonContext.Default.WeightsDto);
    }

    private static string? Path(JsonException e) => string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path.TrimStart('$', '.');

    private static string Message(JsonException e)
    {
        var m = e.Message;
        var cut = m.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? m[..cut] : m;
    }
}
