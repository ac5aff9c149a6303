using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Humanizer;

namespace Matching.Tests.Properties;

/// <summary>Rules checked on notices generated from typed values, written the ways the region writes them.</summary>
public class ExtractionProperties
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly string[] Places = ["Gao", "Tombouctou", "Ménaka", "Kidal", "Ségou", "San", "Koutiala", "Sikasso", "Kayes", "Kita", "Douentza", "Bankass", "Sévaré", "Mopti", "Bandiagara"];

    /// <summary>"3", "03", "trois", "trois (03)".</summary>
    private static Gen<(int Years, string Written)> YearsWritten() =>
        from years in Gen.Choose(1, 20)
        from style in Gen.Choose(0, 3)
        select (years, style switch
        {
            0 => years.ToString(CultureInfo.InvariantCulture),
            1 => years.ToString("00", CultureInfo.InvariantCulture),
            2 => years.ToWords(French),
            _ => $"{years.ToWords(French)} ({years.ToString("00", CultureInfo.InvariantCulture)})",
        });

    [Property(MaxTest = 200)]
    public Property Parse_ExperienceWrittenAnyWay_ReadsTheYears()
    {
        var gen =
            from y in YearsWritten()
            from lead in Gen.Elements("Au moins ", "Minimum ", "", "Avoir ")
            from decoy in Gen.Elements("", "L'ONG, créée en 1992, est présente depuis 30 ans. ", "Le projet de 3 ans cible les enfants de 6 à 59 mois. ")
            select (y.Years, $"Titre du poste : Animateur\n{decoy}\nProfil\n- {lead}{y.Written} ans d'expérience dans un poste similaire\n");
        return Prop.ForAll(gen.ToArbitrary(), c =>
            PostingParser.Parse(c.Item2).Postings.Single().Posting.Experience?.MinYears == c.Years);
    }

    [Property(MaxTest = 100)]
    public Property Parse_DutyStationsListed_AreReadAsWritten()
    {
        var gen =
            from n in Gen.Choose(1, 3)
            from places in Gen.Shuffle(Places)
            from separator in Gen.Elements(", ", " et ", "\n- ")
            select places.Take(n).ToArray() is var chosen
                ? (chosen, "Titre du poste : Chauffeur\nLieu d'affectation :" + (separator == "\n- " ? "\n- " : " ") + string.Join(separator, chosen) + "\n")
                : default;
        return Prop.ForAll(gen.ToArbitrary(), c =>
            PostingParser.Parse(c.Item2).Postings.Single().Posting.Locations.SequenceEqual(c.chosen));
    }

    [Property(MaxTest = 100)]
    public Property Parse_PreferenceMarker_NeverPromotedToRequirement()
    {
        var gen =
            from language in Gen.Elements("Bambara", "Peulh", "Sonrhaï", "Tamachek", "Dogon", "anglais")
            from marker in Gen.Elements("est un atout", "serait un plus", "souhaité", "appréciée")
            select $"Titre du poste : Animateur\nProfil\n- Le {language} {marker}\n";
        return Prop.ForAll(gen.ToArbitrary(), text =>
            PostingParser.Parse(text).Postings.Single().Posting.Languages.All(g => g.Necessity == Model.Necessity.Preferred));
    }
}
