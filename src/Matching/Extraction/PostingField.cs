namespace Matching.Extraction;

/// <summary>The fields of a <see cref="Model.Posting"/> the extractor fills, named in evidence.</summary>
public enum PostingField
{
    /// <summary>The job title.</summary>
    Title = 1,
    /// <summary>The hiring organisation.</summary>
    Organization = 2,
    /// <summary>The number of posts.</summary>
    Positions = 3,
    /// <summary>A duty station (one evidence per place).</summary>
    Locations = 4,
    /// <summary>The contract type.</summary>
    ContractType = 5,
    /// <summary>The contract length.</summary>
    Duration = 6,
    /// <summary>The start date.</summary>
    StartDate = 7,
    /// <summary>The application deadline.</summary>
    Deadline = 8,
    /// <summary>A post reserved to one sex.</summary>
    ReservedTo = 9,
    /// <summary>Women encouraged to apply.</summary>
    WomenEncouraged = 10,
    /// <summary>The diploma asked.</summary>
    Education = 11,
    /// <summary>The experience asked.</summary>
    Experience = 12,
    /// <summary>A language group (one evidence per group).</summary>
    Languages = 13,
    /// <summary>A driving licence (one evidence per licence).</summary>
    Licences = 14,
    /// <summary>A software or tool (one evidence per skill).</summary>
    Skills = 15,
    /// <summary>Areas to know.</summary>
    AreasToKnow = 16,
    /// <summary>The nationality required.</summary>
    Nationality = 17,
}
