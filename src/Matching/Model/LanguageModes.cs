namespace Matching.Model;

/// <summary>The modes in which a language must be mastered ("lu, parlé et écrit").</summary>
[Flags]
public enum LanguageModes
{
    /// <summary>No mode stated.</summary>
    None = 0,
    /// <summary>Read ("lu").</summary>
    Read = 1,
    /// <summary>Spoken ("parlé", "oral").</summary>
    Spoken = 2,
    /// <summary>Written ("écrit").</summary>
    Written = 4,
}
