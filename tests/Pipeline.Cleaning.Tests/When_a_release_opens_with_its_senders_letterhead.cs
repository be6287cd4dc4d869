namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A foreign ministry's release saved as text opens with its letterhead: the state's name, the ministry's, and under them
/// the press desk with the place and date ("Kingdom of Norway" / "Ministry of Foreign Affairs" / "Press Office | Oslo,
/// 3 March"). Then comes the heading, then the story. The letterhead is neither headline nor standfirst: the heading is the
/// title, the ministry is the document's source (its site name), and the letterhead lines are recorded as removed. A
/// news headline that opens with a ministry's name is still the headline; and a scraped page's masthead above its menu
/// is its site's name.
/// </summary>
public class When_a_release_opens_with_its_senders_letterhead
{
    private const string Release = """
        Kingdom of Norway
        Ministry of Foreign Affairs
        Press Office | Oslo, 3 March

        Readout: Foreign Minister speaks with his Chilean counterpart on Antarctic research

        Oslo, 3 March 2026 — The Minister of Foreign Affairs spoke by telephone on Tuesday with the Minister of Foreign Affairs of Chile about research cooperation in Antarctica and the coming meeting of the Antarctic Treaty parties in Santiago.

        The two ministers agreed to set up a joint working group on polar logistics, including shared use of aircraft and ships during the southern summer season.
        """;

    private const string ReleaseWithoutDesk = """
        Republic of Chile
        Ministry of Foreign Affairs, Cooperation and Chileans Abroad

        Readout: Foreign Minister speaks with his Norwegian counterpart on Antarctic research

        Santiago, 3 March 2026 — The Minister of Foreign Affairs spoke by telephone on Tuesday with the Minister of Foreign Affairs of Norway about research cooperation in Antarctica and the coming meeting of the Antarctic Treaty parties.

        The two ministers agreed to set up a joint working group on polar logistics, including shared use of aircraft and ships during the southern summer season.
        """;

    private const string Headline = """
        Ministry of Health warns of dengue surge in coastal towns
        Hospitals in three provinces report twice as many cases as last year.

        The Ministry of Health said on Monday that hospitals in the coastal provinces had admitted twice as many dengue patients in February as a year earlier, and asked towns to clear standing water.

        Officials said the rains had come early this year and that mosquito numbers had risen quickly in low-lying neighbourhoods near the river mouths.
        """;

    private const string Scraped = """
        Skip to main content
        Harbour Ledger
        News | Business | Ports | Opinion | Podcasts

        Container volumes at the southern terminal rise for a third month
        The operator says new cranes have cut waiting times for ships by half since January.

        Container volumes at the southern terminal rose for a third month in a row in March, the operator said on Thursday, as new cranes cut the time ships wait at anchor by half.

        The terminal handled 61,000 containers last month, up from 48,000 a year earlier, and expects to pass 70,000 by the summer.
        """;

    private static CleanedDocument Clean(string text) => new ArticleCleaner().Clean(new CleaningInput { Text = text });

    [Theory]
    [InlineData(Release, "Readout: Foreign Minister speaks with his Chilean counterpart on Antarctic research", "Ministry of Foreign Affairs")]
    [InlineData(ReleaseWithoutDesk, "Readout: Foreign Minister speaks with his Norwegian counterpart on Antarctic research", "Ministry of Foreign Affairs, Cooperation and Chileans Abroad")]
    public void Should_take_the_heading_under_the_letterhead_as_the_title(string text, string title, string source)
    {
        var cleaned = Clean(text);
        Assert.Equal(title, cleaned.Title);
        Assert.Null(cleaned.Standfirst);
        Assert.Equal(source, cleaned.SiteName);
    }

    [Fact]
    public void Should_name_the_sending_ministry_as_the_source_and_record_the_letterhead_as_removed()
    {
        var cleaned = Clean(Release);
        Assert.Equal("Ministry of Foreign Affairs", cleaned.SiteName);
        Assert.Equal(3, cleaned.Removed.Count(r => r.Reason == "letterhead"));
        Assert.DoesNotContain("Kingdom of Norway", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_headline_that_opens_with_a_ministrys_name()
    {
        var cleaned = Clean(Headline);
        Assert.Equal("Ministry of Health warns of dengue surge in coastal towns", cleaned.Title);
        Assert.Null(cleaned.SiteName);
    }

    [Fact]
    public void Should_take_the_masthead_over_the_menu_as_the_site_name() =>
        Assert.Equal("Harbour Ledger", Clean(Scraped).SiteName);
}
