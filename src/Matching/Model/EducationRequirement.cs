using Matching.Internal;

namespace Matching.Model;

/// <summary>A diploma requirement: a minimum level and the accepted fields of study.</summary>
public sealed record EducationRequirement
{
    /// <summary>Creates a diploma requirement.</summary>
    /// <param name="minLevel">The minimum level, or null where a diploma is asked but its level is not stated.</param>
    /// <param name="fields">The accepted fields of study, as written; empty where any field is accepted.</param>
    /// <param name="necessity">Required, or only preferred ("souhaité").</param>
    public EducationRequirement(DiplomaLevel? minLevel, IEnumerable<string>? fields = null, Necessity necessity = Necessity.Required)
    {
        MinLevel = minLevel;
        Fields = Guard.Items(fields, nameof(fields));
        Necessity = necessity;
    }

    /// <summary>The minimum level; null where it cannot be told.</summary>
    public DiplomaLevel? MinLevel { get; }

    /// <summary>The accepted fields of study, lower-case as written.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Required or preferred.</summary>
    public Necessity Necessity { get; }
}
