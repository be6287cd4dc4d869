namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A minister's speech as a foreign ministry posts it: the ministry's name and a breadcrumb, the heading that says whose
/// speech it is and where, then the greetings, the host by name and office ("Mr Ólafur Ragnar Grímsson, Chairman of the
/// Arctic Circle,"), "Excellencies," and "Ladies and gentlemen,", above numbered paragraphs. The greetings open the
/// speech, and the heading is its title; so does one line of greetings that opens with "Dear".
/// </summary>
public class When_a_speech_greets_its_host_by_name
{
    private const string Page = """
        Ministry of Foreign Affairs Singapore
        Media Centre > Speeches

        Speech by Minister for Foreign Affairs at the Plenary Session "Asia and the Arctic: Shipping, Science and Stewardship", Arctic Circle Assembly, Reykjavík, 17 October 2026

        Mr Ólafur Ragnar Grímsson, Chairman of the Arctic Circle,
        Excellencies,
        Ladies and gentlemen,

        1. Thank you for inviting me back to Reykjavík. Some of you may wonder why a tropical island one degree north of the Equator keeps coming to a conference about ice. The answer is simple.

        2. Singapore is a low-lying city-state. About a third of our land is less than five metres above sea level, and the sea is rising along our coast.

        3. Singapore is also a maritime nation. Almost all container trade between Asia and Europe still passes through our waters, and we take the question of new routes seriously.
        """;

    private const string SpeechWithOneGreeting = """
        Ministry of Foreign Affairs of the Republic of Poland

        Speech by Deputy Prime Minister and Minister of Foreign Affairs at the Lennart Meri Conference

        Tallinn, 16 May 2026

        Check against delivery

        Dear Prime Minister Michal, dear Margus, Excellencies, ladies and gentlemen,

        It is always a pleasure to come back to Tallinn, and an honour to speak at a conference that carries the name of a writer and a president who understood, earlier than most of us, what was at stake.

        Our region has learnt that security is not given once and for all. It has to be built, paid for and defended, every year, by every one of us.
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = Page });

    private readonly CleanedDocument _greetedOnce = new ArticleCleaner().Clean(new CleaningInput { Text = SpeechWithOneGreeting });

    [Fact]
    public void Should_take_a_greeting_that_opens_with_dear_for_the_speech_s_first_line()
    {
        Assert.Equal("Speech by Deputy Prime Minister and Minister of Foreign Affairs at the Lennart Meri Conference", _greetedOnce.Title);
        Assert.StartsWith("Dear Prime Minister Michal, dear Margus, Excellencies, ladies and gentlemen,\n\nIt is always a pleasure", _greetedOnce.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_the_heading_for_the_title() =>
        Assert.StartsWith("Speech by Minister for Foreign Affairs at the Plenary Session", _cleaned.Title, StringComparison.Ordinal);

    [Fact]
    public void Should_open_the_text_with_the_greetings() =>
        Assert.StartsWith("Mr Ólafur Ragnar Grímsson, Chairman of the Arctic Circle,\n\nExcellencies,\n\nLadies and gentlemen,\n\n1. Thank you", _cleaned.Text, StringComparison.Ordinal);
}
