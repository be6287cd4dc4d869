namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A story saved as text with nothing of the site around it, written as news is: one-line
/// quotes, a list whose items go on in lower case, a subheading, a short last paragraph.
/// Nothing of it is furniture, and all of it stays.
/// </summary>
public class When_plain_text_is_only_the_article
{
    private const string Story = """
        Kenya and Ethiopia sign power trade deal

        NAIROBI, March 3 — Kenya and Ethiopia signed a deal on Monday to double the electricity that flows across their border, officials said.

        "This is a good day," said Energy Minister Opiyo Wandayi.

        The agreement covers three things:
        - a second transmission line by 2028
        - a fixed price for five years
        - joint maintenance crews

        Background

        The new dam has made Ethiopia a net exporter of power, and the state utility said sales to Kenya earned $120 million last year.

        Critics in Nairobi say the price is too high.

        "We will watch closely," said Mwangi Kiunjuri, a lawmaker.
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = Story });

    [Fact]
    public void Should_keep_every_paragraph_list_item_and_subheading_below_the_headline()
    {
        Assert.Equal("Kenya and Ethiopia sign power trade deal", _cleaned.Title);
        Assert.Equal(10, _cleaned.Text.Split("\n\n").Length);
        Assert.Empty(_cleaned.Removed);
    }

    [Fact]
    public void Should_keep_short_paragraphs_after_the_last_long_one()
    {
        Assert.Contains("Critics in Nairobi say the price is too high.", _cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("\"We will watch closely,\" said Mwangi Kiunjuri, a lawmaker.", _cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What changes\nBus 60 stops running\nPark-and-ride at the stadium opens in May")]
    [InlineData("What changes\n- Bus 60 stops running\n- Park-and-ride at the stadium opens in May")]
    public void Should_keep_a_subheading_and_a_list_that_close_the_story(string ending)
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = Story + "\n\n" + ending });
        Assert.EndsWith("Park-and-ride at the stadium opens in May", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("What changes", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_still_take_a_bulleted_list_of_names_for_a_menu()
    {
        var text = Story + "\n\nMore newsletters\n• Morning Tide\n• Energy Desk\n• Africa Weekly\n• The Long Read\n";
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = text });
        Assert.DoesNotContain("Morning Tide", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("a lawmaker.", cleaned.Text, StringComparison.Ordinal);
    }
}
