namespace Matching.Model;

/// <summary>
/// A diploma level on the ordered Malian/French scale. Values are ordered, so
/// <c>level &gt;= DiplomaLevel.Bac3</c> means "at least a licence".
/// </summary>
public enum DiplomaLevel
{
    /// <summary>Diplôme d'Études Fondamentales (end of lower secondary; ISCED 2).</summary>
    Def = 1,
    /// <summary>Certificat d'Aptitude Professionnelle (ISCED 3, vocational).</summary>
    Cap = 2,
    /// <summary>Baccalauréat, or Brevet de Technicien (ISCED 3).</summary>
    Bac = 3,
    /// <summary>Bac+2: BTS, DUT, DEUG, technicien supérieur (ISCED 5).</summary>
    Bac2 = 4,
    /// <summary>Bac+3: licence (ISCED 6).</summary>
    Bac3 = 5,
    /// <summary>Bac+4: maîtrise (ISCED 6).</summary>
    Bac4 = 6,
    /// <summary>Bac+5: master, DESS, DEA, ingénieur (ISCED 7).</summary>
    Bac5 = 7,
    /// <summary>Bac+8: doctorat, PhD (ISCED 8).</summary>
    Bac8 = 8,
}
