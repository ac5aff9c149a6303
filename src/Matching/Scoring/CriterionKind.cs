namespace Matching.Scoring;

/// <summary>A kind of criterion a posting can set.</summary>
public enum CriterionKind
{
    /// <summary>Diploma level and field of study.</summary>
    Education = 1,
    /// <summary>Years of (relevant) experience.</summary>
    Experience = 2,
    /// <summary>A language group.</summary>
    Languages = 3,
    /// <summary>A driving licence.</summary>
    Licences = 4,
    /// <summary>Distance from home to the nearest duty station.</summary>
    Location = 5,
    /// <summary>Knowledge of the areas named by the posting.</summary>
    Areas = 6,
    /// <summary>Software and tools.</summary>
    Skills = 7,
    /// <summary>A post reserved to one sex.</summary>
    Gender = 8,
    /// <summary>A nationality requirement (national staff posts).</summary>
    Nationality = 9,
}
