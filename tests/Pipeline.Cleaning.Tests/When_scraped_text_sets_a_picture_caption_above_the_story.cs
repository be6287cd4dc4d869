namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Pages saved as text where the picture's caption sits between the byline and the story: a Gulf
/// daily (the caption ends with the agency, ". Reuters"), a Pacific broadcaster ("Photo: Agency /
/// Name"), a Korean daily ("Link copied" and a caption that ends with whom the picture is from),
/// a South African site (a caption sentence over a credit line "Gallo Images/Name") and a
/// reader-funded site that closes the story with its appeal for donations. The caption is neither
/// the headline nor the story. Above the headline, a note on the article's age and a link saying why
/// to trust the paper are no headlines either; a business daily credits its picture in brackets,
/// labels its summary and closes with an app promo.
/// </summary>
public class When_scraped_text_sets_a_picture_caption_above_the_story
{
    private static CleanedDocument Clean(string text) => new ArticleCleaner().Clean(new CleaningInput { Text = text });

    private const string GulfDaily = """
        The Gulf Ledger
        Business
        Economy
        Port operator buys stake in Red Sea terminal as trade routes shift
        The deal gives the group a second foothold on the route to Europe
        Mariam Al Hosani
        Nov 12, 2026
        Follow
        Share
        Cranes at the container terminal in Jeddah. Reuters
        A Dubai port operator has agreed to buy 40 per cent of a container terminal on the Red Sea coast for $700 million, the company said on Wednesday.

        The terminal handles about two million containers a year, and the buyer plans to double that by 2030 with new berths and cranes.
        Sign up for our Business newsletter
        Most Read
        """;

    private const string Broadcaster = """
        Skip to content
        Pacific
        Sign in
        Pacific
        Island states agree to pool their coastguard patrols
        6:15 am on 3 November 2026
        Share this
        Share on Facebook
        Sefa Leota, Pacific Journalist
        A patrol boat leaves the harbour at Apia. Photo: Pacific Desk / Sefa Leota
        Six island states have agreed to share patrol boats and surveillance flights to guard their fishing grounds, officials said after a meeting in Apia.

        The first joint patrols will begin in March, and the cost will be split by the size of each state's waters.
        Topics
        Pacific
        """;

    private const string KoreanDaily = """
        The Seoul Courier
        Subscribe
        Industry
        Shipbuilder wins order for six gas carriers from Qatari buyer
        Published : Oct. 2, 2026 - 10:05
        By Han Ji-woo
        Link copied
        Gas carriers at the company's yard in Ulsan (Seoul Shipyards)
        The shipbuilder said on Friday it had won a 1.5 trillion won order for six liquefied natural gas carriers, to be delivered by 2030.

        The order lifts its backlog to more than four years of work, the company said.
        Copyright 2026 The Seoul Courier. All rights reserved.
        """;

    private const string SouthAfrican = """
        News
        Sign in
        Listen to this article
        Water cuts to end in three suburbs as pump station is repaired
        Thandi Mokoena
        Tuesday, 10 November 2026 at 09:30
        Share
        Engineers repair a pump at the station in Soweto on Monday.
        Gallo Images/Sipho Ndlovu
        Water supply to three suburbs will be restored by Wednesday after engineers repaired the main pump at the station, the city said.

        Residents have relied on tankers for a week, and the city said it would review how the station is maintained.
        Related Links
        """;

    private const string ReaderFunded = """
        Notes from the Baltic
        Support our work
        News
        Parliament approves a new budget for rail upgrades
        November 5, 2026
        Parliament approved a budget on Thursday that doubles spending on regional rail lines over the next three years.

        The opposition voted against the plan, saying it would raise the deficit without a clear plan for maintenance.

        Notes from the Baltic is run by a small team and funded through donations from our readers. We cannot do what we do without your support.
        Support us on Patreon
        Tags
        """;

    private const string Broadsheet = """
        Support the Paper
        Sign in
        UK
        Housing
        This article is more than 1 year old
        Renters in Leeds face steepest rise as landlords sell up
        Average rents in the city climbed 10% last year while homes to let fell by a fifth
        Ruth Fenwick Housing correspondent
        Tue 17 Nov 2026 06.00 GMT
        Share
        Rents in Leeds rose faster than anywhere else in the north last year, as landlords sold up and fewer homes were offered to let.

        The council said it would ask ministers for powers to cap rises.
        Explore more on these topics
        Reuse this content
        """;

    private const string HongKongDaily = """
        Tech
        + FOLLOW
        Chipmaker opens research centre in Suzhou as export curbs tighten
        The centre will employ 1,500 engineers working on packaging, officials said
        Li Na
        Published: 8:15pm, 24 Nov 2026
        Why you can trust SCMP
        The chipmaker has opened a research centre in Suzhou's industrial park, as the company expands despite tighter export controls.

        The centre cost 9 billion yuan and will focus on packaging and design tools, city officials said on Tuesday.
        Why you can trust SCMP
        """;

    private const string BusinessDaily = """
        Companies
        Airline to start Pune-Dubai flights as it expands Gulf network
        Meera Iyer
        3 min read
        26 Nov 2026, 07:14 PM IST
        Save
        Listen to this article
        The airline will fly daily from January, subject to approval. (Bloomberg)
        Summary
        The carrier will start daily flights between Pune and Dubai, its fifth route to the Gulf.
        The airline said on Wednesday it would fly daily between Pune and Dubai from January, as it pushes deeper into the Gulf.

        Shares of the carrier rose 1.8% on Thursday.

        Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint. Download The Mint News App to get Daily Market Updates.
        More
        Less
        """;

    [Theory]
    [InlineData(Broadsheet, "Renters in Leeds face steepest rise as landlords sell up")]
    [InlineData(HongKongDaily, "Chipmaker opens research centre in Suzhou as export curbs tighten")]
    public void Should_not_take_an_age_notice_or_a_trust_link_for_the_headline(string page, string headline)
    {
        var cleaned = Clean(page);
        Assert.Equal(headline, cleaned.Title);
        Assert.DoesNotContain("This article is more than", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Why you can trust", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_a_caption_credited_in_brackets_the_summary_label_and_the_app_promo()
    {
        var cleaned = Clean(BusinessDaily);
        Assert.Equal("Airline to start Pune-Dubai flights as it expands Gulf network", cleaned.Title);
        Assert.StartsWith("The carrier will start daily flights", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("Shares of the carrier rose 1.8% on Thursday.", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GulfDaily, "Port operator buys stake in Red Sea terminal as trade routes shift", "Cranes at the container terminal")]
    [InlineData(Broadcaster, "Island states agree to pool their coastguard patrols", "A patrol boat leaves the harbour")]
    [InlineData(KoreanDaily, "Shipbuilder wins order for six gas carriers from Qatari buyer", "Gas carriers at the company's yard")]
    [InlineData(SouthAfrican, "Water cuts to end in three suburbs as pump station is repaired", "Engineers repair a pump")]
    public void Should_take_the_headline_and_drop_the_caption(string page, string headline, string caption)
    {
        var cleaned = Clean(page);
        Assert.Equal(headline, cleaned.Title);
        Assert.DoesNotContain(caption, cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Reason == "caption" && r.Text.StartsWith(caption, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_drop_the_picture_credit_line() =>
        Assert.DoesNotContain("Gallo Images", Clean(SouthAfrican).Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_story_from_its_standfirst_or_first_paragraph()
    {
        var gulf = Clean(GulfDaily);
        Assert.Equal("The deal gives the group a second foothold on the route to Europe", gulf.Standfirst);
        Assert.StartsWith("The deal gives the group a second foothold on the route to Europe\n\nA Dubai port operator has agreed", gulf.Text, StringComparison.Ordinal);
        Assert.StartsWith("Water supply to three suburbs", Clean(SouthAfrican).Text, StringComparison.Ordinal);
        Assert.StartsWith("The shipbuilder said on Friday", Clean(KoreanDaily).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_appeal_for_donations_after_the_story()
    {
        var cleaned = Clean(ReaderFunded);
        Assert.EndsWith("without a clear plan for maintenance.", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("donations", cleaned.Text, StringComparison.Ordinal);
    }
}
