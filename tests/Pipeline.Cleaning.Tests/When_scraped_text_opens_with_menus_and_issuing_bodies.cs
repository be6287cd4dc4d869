namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Heads of pages saved as text that took the wrong line for the headline: a menu set apart by
/// runs of spaces ("NEWS  NATION  METRO  REGIONS") or by bars after a label ("Trending: A | B | C");
/// an issuing body's line above a readout or report whose heading names the kind of document
/// ("Readout of the Telephone Conversation between ..."); and a heading in capitals whose second
/// line goes on with a lower-case preposition ("JOINT COMMUNIQUÉ" / "on the State Visit of ...").
/// </summary>
public class When_scraped_text_opens_with_menus_and_issuing_bodies
{
    private static CleanedDocument Clean(string text) => new ArticleCleaner().Clean(new CleaningInput { Text = text });

    private const string Daily = """
        Harbour City Chronicle
        NEWS  NATION  METRO  REGIONS  BUSINESS  OPINION  SPORTS
        Trending: Ferry fares | Typhoon Marce | Port strike

        Court jails former port chief over rigged dredging tenders

        By Liza Ramos-Cruz
        November 27, 2026 - 4:36 PM

        HARBOUR CITY — A court on Thursday sentenced the former head of the port authority to eight years in prison for rigging two dredging tenders worth 1.2 billion pesos.

        The judges found that the tenders had been written so that only one company could qualify, and that the company had paid for the official's house.

        His lawyer said he would appeal.
        """;

    private const string Readout = """
        Ministry of Foreign Affairs of the Republic of Westmark

        Readout of the Telephone Conversation between Foreign Minister Anna Veld and Foreign Minister Kemal Arslan

        Westport, 14 October 2026

        Foreign Minister Anna Veld held a telephone conversation this afternoon with her counterpart, Kemal Arslan, at the request of the other side.

        The two ministers reviewed the agreements signed in June, including the memorandum on cooperation in rail transport, and agreed to meet in December.
        """;

    private const string Communique = """
        JOINT COMMUNIQUÉ
        on the State Visit of the President of the Republic of Eastmark to the Kingdom of Nordland

        Nordhavn, 9 September 2026

        1. At the invitation of the King, the President of the Republic of Eastmark paid a state visit to the Kingdom of Nordland from 8 to 10 September 2026.

        2. The two sides agreed to raise bilateral trade to 5 billion euros by 2030 and to open a direct flight between the two capitals next year.
        """;

    [Fact]
    public void Should_take_no_menu_for_the_headline()
    {
        var cleaned = Clean(Daily);
        Assert.Equal("Court jails former port chief over rigged dredging tenders", cleaned.Title);
        Assert.DoesNotContain("Trending", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("METRO", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_the_readout_for_the_title_under_the_issuing_body()
    {
        var cleaned = Clean(Readout);
        Assert.Equal("Readout of the Telephone Conversation between Foreign Minister Anna Veld and Foreign Minister Kemal Arslan", cleaned.Title);
        Assert.Null(cleaned.Standfirst);
    }

    [Fact]
    public void Should_join_a_heading_and_the_line_that_goes_on_with_it() =>
        Assert.Equal(
            "JOINT COMMUNIQUÉ on the State Visit of the President of the Republic of Eastmark to the Kingdom of Nordland",
            Clean(Communique).Title);

    [Fact]
    public void Should_keep_a_table_row_of_figures_in_the_story() =>
        Assert.Matches(@"Exports\s+2024\s+2025", Clean("Exports rise\n\nThe ministry published the figures on Monday, showing a strong rise in exports of machinery and food.\n\nExports  2024  2025\n\nThe rise was driven by sales to neighbouring countries, officials said.\n").Text);
}
