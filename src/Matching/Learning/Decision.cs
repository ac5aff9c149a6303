using Matching.Model;

namespace Matching.Learning;

/// <summary>
/// A recruiter's decision on one candidate for one posting: a grade from 0 (not suitable) to 3
/// (among the best), or a yes/no shortlisting. A shortlisting counts as grade 2 (yes) or 0 (no).
/// Only the candidate's criterion scores are learned from; the id, name, gender and nationality
/// never enter the model.
/// </summary>
public sealed record Decision
{
    private readonly bool _shortlisted;

    /// <summary>A graded decision.</summary>
    /// <param name="posting">The posting.</param>
    /// <param name="candidate">The candidate's profile.</param>
    /// <param name="grade">0 not suitable, 1 weak, 2 shortlist, 3 among the best.</param>
    /// <exception cref="ArgumentNullException">The posting or the candidate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grade is not 0 to 3.</exception>
    public Decision(Posting posting, CandidateProfile candidate, int grade)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(candidate);
        if (grade is < 0 or > MaxGrade) throw new ArgumentOutOfRangeException(nameof(grade), grade, "grade must be 0, 1, 2 or 3.");
        Posting = posting;
        Candidate = candidate;
        Grade = grade;
    }

    /// <summary>A yes/no decision: shortlisted or not.</summary>
    /// <param name="posting">The posting.</param>
    /// <param name="candidate">The candidate's profile.</param>
    /// <param name="shortlisted">Whether the candidate was shortlisted.</param>
    /// <exception cref="ArgumentNullException">The posting or the candidate is null.</exception>
    public Decision(Posting posting, CandidateProfile candidate, bool shortlisted)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(candidate);
        Posting = posting;
        Candidate = candidate;
        _shortlisted = shortlisted;
    }

    /// <summary>The highest grade.</summary>
    public const int MaxGrade = 3;

    /// <summary>The grade that shortlists: a graded decision at or above it is a yes.</summary>
    public const int ShortlistGrade = 2;

    /// <summary>The posting decided on.</summary>
    public Posting Posting { get; }

    /// <summary>The candidate decided on.</summary>
    public CandidateProfile Candidate { get; }

    /// <summary>The grade, 0 to 3, or null for a yes/no decision.</summary>
    public int? Grade { get; }

    /// <summary>Whether the candidate is shortlisted: the yes/no given, or a grade of at least <see cref="ShortlistGrade"/>.</summary>
    public bool Shortlisted => Grade is { } g ? g >= ShortlistGrade : _shortlisted;

    /// <summary>The grade, with a yes as <see cref="ShortlistGrade"/> and a no as 0.</summary>
    public int EffectiveGrade => Grade ?? (Shortlisted ? ShortlistGrade : 0);
}
