using Matching.Model;
using Matching.Scoring;
using Xunit;
using static Matching.Tests.Scoring.SeedPostings;

namespace Matching.Tests.Scoring;

public sealed class EducationCriterionTests
{
    private static CriterionResult Education(params EducationEntry[] entries)
        => Rank(new CandidateProfile("c-1") { Education = entries }, GestionnaireDeCas).Criterion(CriterionKind.Education);

    [Theory]
    [InlineData(DiplomaLevel.Bac3, "travail social")]
    [InlineData(DiplomaLevel.Bac5, "psychologie")]
    [InlineData(DiplomaLevel.Bac4, "Sciences sociales")]
    public void Evaluate_LevelAndFieldAsked_Met(DiplomaLevel level, string field)
    {
        var r = Education(new EducationEntry(level, field));
        Assert.Equal(Outcome.Met, r.Outcome);
        Assert.InRange(r.Score, 0.85, 1.0);
    }

    [Fact]
    public void Evaluate_HigherLevel_ScoresMoreThanFloor()
        => Assert.True(Education(new EducationEntry(DiplomaLevel.Bac5, "psychologie")).Score > Education(new EducationEntry(DiplomaLevel.Bac3, "psychologie")).Score);

    [Theory]
    [InlineData("sociologie")]
    [InlineData("développement communautaire")]
    public void Evaluate_RelatedField_MetWithLessThanExactField(string field)
    {
        var related = Education(new EducationEntry(DiplomaLevel.Bac3, field));
        var exact = Education(new EducationEntry(DiplomaLevel.Bac3, "travail social"));
        Assert.Equal(Outcome.Met, related.Outcome);
        Assert.True(related.Score < exact.Score);
    }

    [Theory]
    [InlineData("comptabilité")]
    [InlineData("agronomie")]
    public void Evaluate_FieldOfAnotherFamily_NotMet(string field)
    {
        var ranked = Rank(new CandidateProfile("c-1") { Education = [new EducationEntry(DiplomaLevel.Bac3, field)] }, GestionnaireDeCas);
        var r = ranked.Criterion(CriterionKind.Education);
        Assert.Equal(Outcome.NotMet, r.Outcome);
        Assert.False(r.NearMiss);
        Assert.Contains("domaine sans rapport", r.Sentence);
    }

    [Fact]
    public void Evaluate_FieldNotRecognised_PartialStillEligible()
    {
        var ranked = Rank(new CandidateProfile("c-1") { Education = [new EducationEntry(DiplomaLevel.Bac3, "études sahéliennes")] }, GestionnaireDeCas);
        var r = ranked.Criterion(CriterionKind.Education);
        Assert.Equal(Outcome.Partial, r.Outcome);
        Assert.Contains("domaine hors de ceux demandés", r.Sentence);
    }

    [Fact]
    public void Evaluate_OneLevelBelow_NotMetNearMiss()
    {
        var r = Education(new EducationEntry(DiplomaLevel.Bac2, "travail social"));
        Assert.Equal(Outcome.NotMet, r.Outcome);
        Assert.True(r.NearMiss);
        Assert.Contains("bac+2", r.Sentence);
        Assert.Contains("requis (un niveau en dessous)", r.Sentence);
    }

    [Fact]
    public void Evaluate_TwoLevelsBelow_NotMetNoNearMiss()
    {
        var r = Education(new EducationEntry(DiplomaLevel.Bac, "travail social"));
        Assert.Equal(Outcome.NotMet, r.Outcome);
        Assert.False(r.NearMiss);
        Assert.DoesNotContain("un niveau en dessous", r.Sentence);
    }

    [Fact]
    public void Evaluate_LevelNotStated_Unknown()
    {
        var r = Education(new EducationEntry(null, "travail social", "Diplôme de travailleur social"));
        Assert.Equal(Outcome.Unknown, r.Outcome);
        Assert.Contains("niveau non précisé", r.Sentence);
    }

    [Fact]
    public void Evaluate_NoDiploma_NotMetZero()
    {
        var r = Education();
        Assert.Equal(Outcome.NotMet, r.Outcome);
        Assert.Equal(0, r.Score);
        Assert.Contains("aucun diplôme", r.Sentence);
    }

    [Fact]
    public void Evaluate_EducationNotStated_UnknownNeedsReview()
    {
        var ranked = Rank(new CandidateProfile("c-1") { Gender = Sex.Female }, GestionnaireDeCas);
        Assert.Equal(Outcome.Unknown, ranked.Criterion(CriterionKind.Education).Outcome);
        Assert.True(ranked.NeedsReview);
        Assert.Contains("Diplôme", ranked.Summary);
    }

    [Fact]
    public void Evaluate_BestOfSeveralDiplomas_Counts()
    {
        var r = Education(new EducationEntry(DiplomaLevel.Bac, "lettres"), new EducationEntry(DiplomaLevel.Bac5, "psychologie clinique", "Master en psychologie clinique"));
        Assert.Equal(Outcome.Met, r.Outcome);
        Assert.Contains("Master en psychologie clinique (bac+5)", r.Sentence);
    }
}
