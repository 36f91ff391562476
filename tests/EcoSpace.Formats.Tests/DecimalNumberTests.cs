using System.Globalization;
using System.Text;
using EcoSpace.Formats.GeoJson;

namespace EcoSpace.Formats.Tests;

public class DecimalNumberTests
{
    [Theory]
    [InlineData("119.930281529")]
    [InlineData("-0.5")]
    [InlineData("-0")]
    [InlineData("0.1")]
    [InlineData("34")]
    [InlineData("9007199254740991")]
    [InlineData("0.0000000000000000000001")]
    [InlineData("12345678.12345678")]
    public void PlainDecimalsParseExactlyAsTheFrameworkDoes(string text)
    {
        Assert.True(DecimalNumber.TryParse(Encoding.ASCII.GetBytes(text), out double value));
        Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
        Assert.Equal(double.IsNegative(double.Parse(text, CultureInfo.InvariantCulture)), double.IsNegative(value));
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("1.5E-3")]
    [InlineData("9007199254740993")]
    [InlineData("0.00000000000000000000001")]
    [InlineData("119.93028152912345678")]
    public void OtherNumbersAreLeftToTheFramework(string text) =>
        Assert.False(DecimalNumber.TryParse(Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void RandomCoordinatesParseExactlyAsTheFrameworkDoes()
    {
        var random = new Random(4490);
        for (int i = 0; i < 100_000; i++)
        {
            string text = (random.NextDouble() * 360 - 180).ToString("F" + random.Next(0, 13), CultureInfo.InvariantCulture);
            Assert.True(DecimalNumber.TryParse(Encoding.ASCII.GetBytes(text), out double value), text);
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
        }
    }
}
