using Pipeline.Cleaning.Html;

namespace Pipeline.Cleaning.Tests;

public class When_comparing_a_heading_with_the_headline
{
    [Theory]
    [InlineData("Rail strike Trains cancelled across the north", "Rail strike: Trains cancelled across the north")]
    [InlineData("Trains cancelled across the north", "Trains cancelled across the north | The Tribune")]
    [InlineData("LIVE Trains cancelled across the north", "Trains cancelled across the north")]
    [InlineData("TRAINS CANCELLED ACROSS THE NORTH", "Trains cancelled across the north")]
    public void Should_recognise_the_headline_whatever_the_kicker_case_and_punctuation(string heading, string title) =>
        Assert.True(Headline.Repeats(heading, title));

    [Theory]
    [InlineData("What changes in April", "Ferry timetable cut for spring")]
    [InlineData("Trains", "Trains cancelled across the north")]
    public void Should_leave_other_headings_alone(string heading, string title) =>
        Assert.False(Headline.Repeats(heading, title));

    [Theory]
    [InlineData("Councillors back £212m tram extension", "Councillors back £212m tram extension", true)]
    [InlineData("  COUNCILLORS back: £212m tram-extension!", "Councillors back £212m tram extension", true)]
    [InlineData("Councillors back £212m tram extension again", "Councillors back £212m tram extension", false)]
    [InlineData("Councillors back £212m tram", "Councillors back £212m tram extension", false)]
    [InlineData("", "Councillors back £212m tram extension", false)]
    public void Should_say_whether_a_line_has_the_headline_words_as_words_would_give_them(string line, string title, bool expected)
    {
        Assert.Equal(expected, Headline.HasWords(line, Headline.Words(title)));
        Assert.Equal(Headline.Words(line) == Headline.Words(title), Headline.HasWords(line, Headline.Words(title)));
    }
}
