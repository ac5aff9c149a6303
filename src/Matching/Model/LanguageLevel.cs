namespace Matching.Model;

/// <summary>How well a candidate speaks a language. Ordered: a higher value is a better level.</summary>
public enum LanguageLevel
{
    /// <summary>Basic (CEFR A1–A2).</summary>
    Basic = 1,
    /// <summary>Good (CEFR B1–B2).</summary>
    Good = 2,
    /// <summary>Fluent (CEFR C1–C2), "courant".</summary>
    Fluent = 3,
    /// <summary>Native speaker, "langue maternelle".</summary>
    Native = 4,
}
