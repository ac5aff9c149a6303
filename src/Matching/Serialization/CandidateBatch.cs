using Matching.Model;

namespace Matching.Serialization;

/// <summary>The candidates read from a file, and the errors of those that could not be read. A bad candidate never hides the others.</summary>
/// <param name="Candidates">The candidates read, in file order.</param>
/// <param name="Errors">One or more errors per candidate left out.</param>
public sealed record CandidateBatch(IReadOnlyList<CandidateProfile> Candidates, IReadOnlyList<InputError> Errors);
