using Matching;
using Matching.Model;
using Matching.Serialization;

// The README's quick start, then checks that the packaged library behaves as documented.
QuickStart.Run();

var posting = new Posting
{
    Title = "Gestionnaire de cas",
    Locations = ["Mopti"],
    ReservedTo = Sex.Female,
    Education = new EducationRequirement(DiplomaLevel.Bac3, ["travail social"]),
    Experience = new ExperienceRequirement(3),
};
var strong = new CandidateProfile("a") { Gender = Sex.Female, Home = "Sévaré", Education = [new EducationEntry(DiplomaLevel.Bac5, "travail social")], Experience = [new ExperienceEntry { Title = "Gestionnaire de cas VBG", Months = 60 }] };
var man = strong with { Id = "b", Gender = Sex.Male };
var ranking = Matcher.Rank([man, strong], posting, new MatchOptions { ReferenceDate = new DateOnly(2026, 1, 15) });
var failures = new List<string>();
if (ranking.Results[0].Id != "a" || !ranking.Results[0].Eligible) failures.Add("the eligible candidate is not first");
if (ranking.Results[1].Eligible) failures.Add("a man is eligible for a post reserved to women");
if (!ranking.Results[0].Criteria.Any(c => c.Sentence.Contains("km de Mopti", StringComparison.Ordinal))) failures.Add("the location explanation does not name the distance (gazetteer not embedded?)");
var json = MatchingJson.WriteRankings([ranking]);
if (!json.Contains("\"rankings\"", StringComparison.Ordinal)) failures.Add("the ranking JSON has no rankings array");
foreach (var f in failures) Console.Error.WriteLine("package check failed: " + f);
Console.WriteLine(failures.Count == 0 ? "package check: 4 passed, 0 failed" : $"package check: {4 - failures.Count} passed, {failures.Count} failed");
return failures.Count == 0 ? 0 : 1;
