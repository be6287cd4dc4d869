namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A scraped page sets each paragraph on one long line, and its masthead, breadcrumb and section menu, or its byline and
/// time stamp, on short lines of one block. Those blocks look like text wrapped at a narrow width, but the paragraphs run
/// far past it, so nothing is joined: the headline stays the title, and the byline gives the author alone.
/// </summary>
public class When_scraped_text_sets_its_furniture_in_blocks_of_short_lines
{
    private const string Page = """
        Harbour Markets Daily
        Home > Markets > Monetary Policy
        Stocks  Bonds  Currencies  Commodities  Banking  ASEAN

        Central bank holds rate for third month as the dollar climbs

        Governor says stability comes first; economists split on whether a cut is coming in the first quarter

        By Dewi Kartika Lestari
        Wednesday, 18 November 2026, 16:40 WIB

        JAKARTA — The central bank kept its benchmark rate unchanged at 4.75 percent on Wednesday for a third straight meeting, choosing to defend the currency rather than support slowing growth in the region's largest economy.

        The decision was expected by 21 of 28 economists polled by the paper. The rest had forecast a 25 basis-point cut, and two said the bank had waited too long to act on falling prices.

        The deposit facility and lending facility rates were also held, at 4.00 percent and 5.50 percent, the bank said in a statement after the two-day meeting of its board of governors.
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = Page });

    [Fact]
    public void Should_keep_the_headline_as_the_title() =>
        Assert.Equal("Central bank holds rate for third month as the dollar climbs", _cleaned.Title);

    [Fact]
    public void Should_keep_the_standfirst_apart_from_the_headline() =>
        Assert.Equal("Governor says stability comes first; economists split on whether a cut is coming in the first quarter", _cleaned.Standfirst);

    [Fact]
    public void Should_read_the_author_without_the_day() =>
        Assert.Equal("Dewi Kartika Lestari", _cleaned.Author);
}
