namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Pages saved as text from a public broadcaster (the writer, the outlet and the stamp on one line
/// split by dots, a caption that ends with "(Name/Outlet)"), an island daily (the paper's name over
/// the time and date, a caption that ends "—PHOTO FROM ..."), a city daily whose caption ends with
/// "— Outlet/File", and the lines local sites put among and after the paragraphs: "[READ ALSO]" and
/// "READ:" over another story's headline, "VIDEO ABOVE:", "Follow ... on WhatsApp", "head to ... for
/// the latest news", "Kindly share this story:" and a long rights notice.
/// </summary>
public class When_scraped_text_comes_from_regional_broadcasters_and_dailies
{
    private static CleanedDocument Clean(string text) => new ArticleCleaner().Clean(new CleaningInput { Text = text });

    private const string Broadcaster = """
        Skip to Main Content
        Sign In
        Halifax
        Harbour ferry pulled from service after hull crack found during inspection
        Dartmouth crossing replaced by buses until at least Friday, operator says
        Aline Bouchard · News · Posted: Mar 3, 2026 6:00 AM AST | Last Updated: 3 hours ago
        Social Sharing
        A ferry sits at the Alderney terminal on Monday. Buses will carry riders across the bridge until Friday. (Paul Thibodeau/News)
        The harbour ferry between Halifax and Dartmouth will stay out of service until at least Friday after inspectors found a crack in its hull, the operator said on Monday.

        About 4,000 people use the crossing on a weekday, and buses will run every ten minutes across the bridge while repairs go on.
        """;

    private const string IslandDaily = """
        NEWS
        Subscribe
        Lawmakers question agency over unfinished sea walls in coastal towns
        By: Carla Reyes - Reporter
        Island Daily Mirror / 06:40 AM March 3, 2026
        HEARING Agency chief Tomas Villar answers questions at the committee hearing on Monday. —PHOTO FROM SENATE PRESS OFFICE
        Lawmakers on Monday asked the public works agency to explain why sea walls paid for in four coastal towns were never finished, and who signed off on the payments.

        The committee will hear the contractors next week.
        """;

    private const string CityDaily = """
        Home
        Latest
        Metro
        Water tanker fares capped after residents protest shortages
        Sana Mir
        Published March 3, 2026
        A water tanker fills up at a hydrant in the eastern district. — Metro Star/File
        The city administration on Monday capped the fares water tankers may charge, after residents in three districts protested against weeks of shortages.

        The cap will be reviewed in June, officials said.
        """;

    private const string LocalSite = """
        Local News
        Council approves new bus depot for the east side after long debate
        Posted: Mar 3, 2026 / 05:10 PM EST
        VIDEO ABOVE: Council members debate the depot plan on Monday night.
        The city council on Monday approved a new bus depot on the east side, ending a debate that had run for more than two years over noise and traffic.

        [READ ALSO] Neighbours of the old depot worry about what will replace it after the move
        READ: Bus fares to stay the same for another year, transit board says
        Follow The Daily Ledger on WhatsApp for the latest news
        The depot will open in 2028 and hold 120 buses, the transit board said in a statement on Tuesday.

        For the latest news, weather, sports, and streaming video, head to Channel 9 News.
        Kindly share this story:
        Subscribe to LEDGER PLUS to get access to The Daily Ledger and more than 60 other titles, read on up to four devices, listen to the news, download the paper from 5am and share stories with friends and family. Call 555 0100.
        All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission.
        """;

    [Theory]
    [InlineData(Broadcaster, "Harbour ferry pulled from service after hull crack found during inspection", "(Paul Thibodeau/News)")]
    [InlineData(IslandDaily, "Lawmakers question agency over unfinished sea walls in coastal towns", "—PHOTO FROM SENATE PRESS OFFICE")]
    [InlineData(CityDaily, "Water tanker fares capped after residents protest shortages", "— Metro Star/File")]
    public void Should_take_the_headline_and_drop_the_caption_and_stamp(string page, string headline, string credit)
    {
        var cleaned = Clean(page);
        Assert.Equal(headline, cleaned.Title);
        Assert.DoesNotContain(credit, cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Posted:", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("06:40 AM", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_lines_local_sites_set_among_and_after_the_paragraphs()
    {
        var cleaned = Clean(LocalSite);
        Assert.Equal("Council approves new bus depot for the east side after long debate", cleaned.Title);
        Assert.StartsWith("The city council on Monday approved", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("the transit board said in a statement on Tuesday.", cleaned.Text, StringComparison.Ordinal);
        foreach (var furniture in new[] { "VIDEO ABOVE", "READ ALSO", "READ:", "WhatsApp", "head to Channel 9", "Kindly share", "LEDGER PLUS", "All rights reserved" })
            Assert.DoesNotContain(furniture, cleaned.Text, StringComparison.Ordinal);
    }
}
