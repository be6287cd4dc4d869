namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Releases set their letterhead in capitals ("REPUBLIC OF ZAMBIA" / "MINISTRY OF FOREIGN AFFAIRS ...") and date the
/// release with the weekday and an ordinal ("Lusaka, Wednesday 3rd March 2027"); a speech greets the companies present
/// ("Representatives of Westports Holdings Bhd and of the ... Port,") among its salutations; a Philippine byline carries
/// an abbreviated given name and a particle ("By Ma. Kristina dela Peña"). The capitals headline is the title, the
/// ministry the site, the date line the stamp, the salutations open the speech, and the byline names the writer whole.
/// </summary>
public class When_a_release_sets_its_letterhead_in_capitals
{
    private const string Release = """
        REPUBLIC OF ZAMBIA
        MINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION

        PRESS STATEMENT

        FOREIGN MINISTER HOLDS TELEPHONE CALL WITH MALAWIAN COUNTERPART ON THE LAKE TRANSPORT CORRIDOR AND POWER TRADE

        Lusaka, Wednesday 3rd March 2027

        The Minister of Foreign Affairs and International Cooperation this afternoon held a telephone conversation with her Malawian counterpart on the corridor.

        The two Ministers agreed to convene the Joint Permanent Commission before the end of the year.
        """;

    private const string Speech = """
        Ministry of Public Works and Transport
        Kingdom of Cambodia

        Keynote address by the Minister of Public Works and Transport at the ground-breaking ceremony of the new dry port

        Preah Sihanouk Province, 9 April 2027

        Excellency Governor of Preah Sihanouk Province,
        Representatives of the port operator and of the Autonomous Port,
        Distinguished guests, ladies and gentlemen,

        Good morning. It is my honour to stand here on this land between the national road and the sea, where trucks and trains will soon meet the ships.

        Thank you.
        """;

    private const string Story = """
        Comelec delays proclamation of the 12th senator as the margin narrows

        By Ma. Kristina dela Peña

        MANILA — The Commission on Elections on Thursday put off proclaiming the last of the winning senators after two provinces sent in late certificates of canvass.

        The commission said it would meet again on Monday.
        """;

    private static CleanedDocument Clean(string text) => new ArticleCleaner().Clean(new CleaningInput { Text = text });

    [Fact]
    public void Should_take_the_capitals_headline_for_the_title() =>
        Assert.Equal("FOREIGN MINISTER HOLDS TELEPHONE CALL WITH MALAWIAN COUNTERPART ON THE LAKE TRANSPORT CORRIDOR AND POWER TRADE", Clean(Release).Title);

    [Fact]
    public void Should_take_the_ministry_in_capitals_for_the_site() =>
        Assert.Equal("MINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION", Clean(Release).SiteName);

    [Fact]
    public void Should_read_a_date_with_weekday_and_ordinal() => Assert.Equal("2027-03-03", Clean(Release).Published);

    [Fact]
    public void Should_open_the_speech_with_all_its_salutations() =>
        Assert.StartsWith("Excellency Governor of Preah Sihanouk Province,\n\nRepresentatives of the port operator", Clean(Speech).Text, StringComparison.Ordinal);

    [Fact]
    public void Should_take_the_heading_for_the_speechs_title() =>
        Assert.Equal("Keynote address by the Minister of Public Works and Transport at the ground-breaking ceremony of the new dry port", Clean(Speech).Title);

    [Fact]
    public void Should_name_the_writer_with_the_particle() => Assert.Equal("Ma. Kristina dela Peña", Clean(Story).Author);
}
