namespace Matching.Model;

/// <summary>A sex, used only where a posting reserves the post to one sex.</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female = 1,
    /// <summary>Male.</summary>
    Male = 2,
}
