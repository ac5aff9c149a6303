// <quick-start>
using Matching;
using Matching.Model;

public static class QuickStart
{
    public static void Run()
    {
        // A posting, read from the French text of the notice.
        var text = """
            Titre du poste : Animatrice communautaire (F)
            Lieu d'affectation : Mopti
            Date limite : 20 février 2026
            Profil : Licence en travail social ou sociologie.
            Au moins 3 ans d'expérience pertinente en protection.
            Français obligatoire ; bambara ou peulh souhaité.
            """;
        Posting posting = PostingParser.Parse(text).Postings[0].Posting;

        // Candidates, typed (or read with Matching.Serialization.MatchingJson.ReadCandidates).
        var candidates = new[]
        {
            new CandidateProfile("c-001")
            {
                Gender = Sex.Female,
                Home = "Sévaré",
                Education = [new EducationEntry(DiplomaLevel.Bac3, "travail social")],
                Experience = [new ExperienceEntry { Title = "Agente de protection", Organization = "DRC", Months = 48 }],
                Languages = [new LanguageSkill(LanguageKey.French, LanguageLevel.Fluent), new LanguageSkill(LanguageKey.Parse("bambara"), LanguageLevel.Native)],
            },
            new CandidateProfile("c-002")
            {
                Gender = Sex.Female,
                Home = "Bamako",
                Education = [new EducationEntry(DiplomaLevel.Bac2, "sociologie")],
                Experience = [new ExperienceEntry { Title = "Animatrice communautaire", Months = 24 }],
                Languages = [new LanguageSkill(LanguageKey.French, LanguageLevel.Good)],
            },
        };

        var ranking = Matcher.Rank(candidates, posting, new MatchOptions { ReferenceDate = new DateOnly(2026, 2, 21) });
        foreach (var r in ranking.Results)
        {
            Console.WriteLine($"{r.Rank}. {r.Id} {r.Score:0.00} {r.Summary}");
            foreach (var c in r.Criteria) Console.WriteLine($"   {c.Kind}: {c.Sentence}");
        }
    }
}
// </quick-start>
