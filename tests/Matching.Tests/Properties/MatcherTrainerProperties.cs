using FsCheck;
using FsCheck.Xunit;
using Matching.Learning;
using Matching.Scoring;
using Matching.Tests.Generators;

namespace Matching.Tests.Properties;

public class MatcherTrainerProperties
{
    private static readonly TrainerOptions Options = new() { ReferenceDate = SyntheticDecisions.ReferenceDate };

    /// <summary>Hidden weights drawn from small whole numbers, zeros included.</summary>
    private static MatchWeights Hidden(int[] w) => new()
    {
        Education = w[0], Experience = w[1], Languages = w[2], Licences = w[3], Location = w[4], Areas = 0, Skills = w[5],
    };

    [Property(MaxTest = 12)]
    public bool Train_AnyHiddenWeights_LearnsNonNegativeWeightsSummingToOneOrRefuses(PositiveInt seed)
    {
        var r = new Random(seed.Get);
        var hidden = Hidden(Enumerable.Range(0, 6).Select(_ => r.Next(0, 4)).ToArray());
        if (hidden.Education + hidden.Experience + hidden.Languages + hidden.Licences + hidden.Location + hidden.Skills == 0) hidden = hidden with { Experience = 1 };
        var data = new SyntheticDecisions(seed.Get, postings: 3, candidates: 30, noise: 0.05, hidden);

        TrainingResult result;
        try
        {
            result = MatcherTrainer.Train(data.Decisions, Options);
        }
        catch (InsufficientDecisionsException)
        {
            return true;
        }

        var w = result.Weights;
        var scored = new[] { w.Education, w.Experience, w.Languages, w.Licences, w.Location, w.Areas, w.Skills };
        return scored.All(x => x >= 0) && Math.Abs(scored.Sum() - 1) < 1e-9 && w.Gender == 0 && w.Nationality == 0;
    }
}
