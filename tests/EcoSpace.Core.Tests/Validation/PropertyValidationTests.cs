using EcoSpace.Core.Validation;
using static EcoSpace.Core.Tests.Validation.FeatureBuilder;

namespace EcoSpace.Core.Tests.Validation;

public class PropertyValidationTests
{
    private const string Line = "LINESTRING (119.3 34.6, 119.4 34.7)";
    private const string Square = "POLYGON ((119.3 34.6, 119.4 34.6, 119.4 34.7, 119.3 34.7, 119.3 34.6))";

    [Fact]
    public void AClassOutsideTheCodeListNamesThePropertyAndTheAllowedValues()
    {
        var issue = Assert.Single(FeatureValidator.Validate(Feature("shoreline", Line, """{"class":"rocky","mainland":true}""")));
        Assert.Equal(IssueCodes.PropertyCode, issue.Code);
        Assert.Equal("class", issue.Property);
        Assert.Contains("'rocky'", issue.Message);
        Assert.Contains("bedrock, sandy, muddy, biological, estuary, restored, artificial", issue.Message);
    }

    [Fact]
    public void CodeListsAreCaseSensitiveAndNeverMapped()
    {
        var issue = Assert.Single(FeatureValidator.Validate(Feature("river_bank", Line, """{"zone":"Protection"}""")));
        Assert.Equal(IssueCodes.PropertyCode, issue.Code);
    }

    [Fact]
    public void MainlandMustBeABoolean()
    {
        var issue = Assert.Single(FeatureValidator.Validate(Feature("shoreline", Line, """{"class":"sandy","mainland":"yes"}""")));
        Assert.Equal(IssueCodes.PropertyType, issue.Code);
        Assert.Equal("mainland", issue.Property);
        Assert.Contains("true or false", issue.Message);
    }

    [Fact]
    public void RestoredOnMustBeAnIsoDate()
    {
        var issue = Assert.Single(FeatureValidator.Validate(Feature("shoreline", Line, """{"class":"restored","mainland":true,"restored_on":"2021/06/30"}""")));
        Assert.Equal(IssueCodes.PropertyDate, issue.Code);
    }

    [Fact]
    public void RegionMustBeASixDigitCode()
    {
        var issue = Assert.Single(FeatureValidator.Validate(Feature("red_line", Square, """{"region":"3207"}""")));
        Assert.Equal(IssueCodes.PropertyRegion, issue.Code);
        var numeric = Assert.Single(FeatureValidator.Validate(Feature("red_line", Square, """{"region":320703}""")));
        Assert.Equal(IssueCodes.PropertyType, numeric.Code);
    }

    [Fact]
    public void YearMustBeAWholeNumber()
    {
        Assert.Empty(FeatureValidator.Validate(Feature("bay", Square, """{"status":"candidate","year":2025}""")));
        var issue = Assert.Single(FeatureValidator.Validate(Feature("bay", Square, """{"year":2025.5}""")));
        Assert.Equal(IssueCodes.PropertyType, issue.Code);
    }

    [Fact]
    public void UnknownPropertiesAndNullsAreNotErrors()
    {
        var issues = FeatureValidator.Validate(Feature("red_line", Square, """{"domain":null,"图斑编号":"A-17","nested":{"a":[1,2]}}"""));
        Assert.Empty(issues);
    }

    [Fact]
    public void AShorelineWithoutClassIsStoredWithAWarning()
    {
        var issues = FeatureValidator.Validate(Feature("shoreline", Line, """{"mainland":true}"""));
        var warning = Assert.Single(issues);
        Assert.False(warning.IsError);
        Assert.Equal("class", warning.Property);
    }
}
