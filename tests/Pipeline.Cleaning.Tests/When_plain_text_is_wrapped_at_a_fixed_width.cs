namespace Pipeline.Cleaning.Tests;

/// <summary>Wire copy as a terminal or a mail client wraps it: every paragraph broken into lines of about 70 characters.</summary>
public class When_plain_text_is_wrapped_at_a_fixed_width
{
    private const string Story = """
        Port strike ends after wage deal

        ROTTERDAM, June 12 - Dock workers at the port of Rotterdam ended a
        three-day strike on Thursday after unions and employers agreed on a
        wage increase of 6 percent over two years, the dockers' union said.

        The strike had left more than 40 container ships waiting at anchor
        off the Dutch coast, and one shipping line said it would need a
        week to clear the backlog.

        The deal covers:
        - a 4 percent rise this year
        - a 2 percent rise next year

        "We got what we asked for," said union negotiator Niek Stam. The
        employers' association did not comment.
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = Story });

    [Fact]
    public void Should_join_each_paragraph_back_into_one_and_find_the_headline()
    {
        Assert.Equal("Port strike ends after wage deal", _cleaned.Title);
        Assert.StartsWith("ROTTERDAM, June 12 - Dock workers at the port of Rotterdam ended a three-day strike on Thursday", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("anchor off the Dutch coast", _cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("said union negotiator Niek Stam. The employers' association did not comment.", _cleaned.Text, StringComparison.Ordinal);
        Assert.Equal("ROTTERDAM", _cleaned.Dateline);
    }

    [Fact]
    public void Should_leave_a_list_as_its_lines()
    {
        Assert.Contains("The deal covers:\n\n- a 4 percent rise this year\n\n- a 2 percent rise next year", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_text_with_a_paragraph_on_each_line_as_it_is()
    {
        const string scraped = """
            Harbour board approves the ferry terminal
            The harbour board voted on Tuesday to build a ferry terminal on the eastern quay, ending three years of argument about where the boats should dock.
            Councillor Ines Varga said the vote was close but fair.
            Construction is planned to begin in the spring if the regional government agrees to pay a third of the cost, officials said.
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = scraped });
        Assert.Equal(3, cleaned.Text.Split("\n\n").Length);
    }
}
