namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Pages saved as text whose head holds more than a headline and a byline: a public broadcaster
/// (the writer's role inside the byline, a captioned picture credited in brackets, "Key points:"
/// over three short lines, a land acknowledgement and a wire-rights line in the footer), an African
/// daily ("What you need to know:" over the summary, the outlet under the writer's role, "Photo |
/// File" over the caption), a business site (the writer's name and role on one line in capitals), and
/// an international broadcaster (the writer and their city above the stamp, a short link, a
/// "Skip next section" menu and a related box between paragraphs).
/// </summary>
public class When_scraped_text_opens_with_key_points_and_writer_lines
{
    private static CleanedDocument Clean(string text) => new ArticleCleaner().Clean(new CleaningInput { Text = text });

    private const string Broadcaster = """
        Skip to main content
        Just In
        Politics
        World

        Ferry fares to be frozen as island councils demand more sailings

        By regional affairs reporter Nadia Kerrigan
        Posted Tue 3 Mar 2026 at 6:10am, updated Tue 3 Mar 2026 at 9:45am
        A ferry leaves the harbour at Port Alma in the morning fog.(Coastal News: Liam Brett)

        Key points:
        Fares will stay at 2025 prices until June 2027
        Councils want two extra sailings a day
        The operator says it needs a new vessel first

        The state government will freeze ferry fares for fifteen months while it negotiates a new service contract with the operator, Transport Minister Erin Vossberg announced on Monday.

        Island councils welcomed the freeze but said fares were only half of the problem, with sailings cancelled on one day in five last winter because the ageing fleet was out of service.

        The operator said two extra sailings a day would need a third vessel, which could not be delivered before 2028.

        Posted 3 Mar 2026
        Share
        Related stories
        Ferry operator fined over cancellations
        Island schools push back start times
        Top Stories
        We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.
        This service may include material from Agence France-Presse (AFP), Reuters, AAP and the BBC World Service which is copyright and cannot be reproduced.
        AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)
        """;

    private const string Daily = """
        Home
        News
        Business
        Log in

        Business

        Coffee exporters ask for tax relief as harvest falls short

        Photo | File
        Workers sort coffee cherries at a factory in the highlands.

        By  Peter Waweru
        Agriculture Reporter
        Lakeside Media Group

        What you need to know:
        Exporters want the 2 percent export levy suspended for a year.
        The harvest is forecast to be the smallest in a decade.

        Coffee exporters have asked the Treasury to suspend the export levy for a year after a dry season cut the harvest by almost a third, the exporters' association said on Tuesday.

        The association said its members had lost buyers in Europe to rival growers and that the levy made its coffee the most expensive in the region.

        The Treasury said it would study the request before the budget statement in June.

        Sign up for our newsletter
        Stay informed with the top stories delivered to your inbox every morning.
        Subscribe
        Lakeside Media Group © 2026
        Privacy Policy
        """;

    private const string BusinessSite = """
        Sign in
        Subscribe
        Markets
        Tech

        Battery maker picks northern port for its first European plant

        The factory will make cells for buses and trucks from 2028

        MARTA ILVES, Harbour Times staff writer
        June 2, 2026 10:15 CET

        TALLINN -- A battery maker will build its first European plant at a northern port, the company said on Tuesday, after the government agreed to lease it land next to the harbour.

        The plant will employ about 900 people when it reaches full output, the company said, and will make cells for buses and trucks rather than cars.

        Shares in the company rose 3% in early trading.

        Read Next
        Port traffic falls for third month
        """;

    private const string InternationalBroadcaster = """
        Skip next section Navigation
        World
        Business
        Science

        Business

        Rail freight deal links two inland ports to the coast

        Jonas Feld in Vienna
        05/12/2026 May 12, 2026

        Two inland ports will be linked to the coast by a daily freight train from next spring. Shippers say the timetable is still too thin.
        https://p.example.com/p/4abc
        Advertisement

        The rail operator and the two ports signed the agreement in Vienna on Tuesday, after two years of talks over who would pay for the new loading tracks.

        The first trains will run three times a week, rising to one a day by the end of next year if demand holds up.

        Skip next section Explore more
        Explore more
        Inland ports compete for container traffic
        Why rail freight lost out to trucks
        Image: Jana Moser

        Shippers welcomed the link but said a daily train would not be enough to move the bulk of their containers off the road.

        The operator said it would add a second daily train once the loading tracks at both ports are finished.

        Skip next section Related topics
        Related topics
        Rail
        About us
        Privacy Policy
        """;

    [Fact]
    public void Should_keep_the_key_points_and_take_the_headline_above_them_for_the_title()
    {
        var cleaned = Clean(Broadcaster);
        Assert.Equal("Ferry fares to be frozen as island councils demand more sailings", cleaned.Title);
        Assert.StartsWith("Fares will stay at 2025 prices until June 2027\n\nCouncils want two extra sailings a day", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "Key points:" && r.Reason == "label");
        Assert.Null(cleaned.Standfirst);
    }

    [Fact]
    public void Should_read_the_writer_after_their_role_in_the_byline() =>
        Assert.Equal("Nadia Kerrigan", Clean(Broadcaster).Author);

    [Fact]
    public void Should_drop_a_caption_credited_in_brackets_and_the_footer_of_rights_and_acknowledgement()
    {
        var cleaned = Clean(Broadcaster);
        Assert.DoesNotContain("morning fog", cleaned.Text + cleaned.Standfirst, StringComparison.Ordinal);
        Assert.EndsWith("could not be delivered before 2028.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_take_the_summary_label_the_outlet_or_the_caption_for_the_title()
    {
        var cleaned = Clean(Daily);
        Assert.Equal("Coffee exporters ask for tax relief as harvest falls short", cleaned.Title);
        Assert.Equal("Peter Waweru", cleaned.Author);
        Assert.Contains(cleaned.Removed, r => r.Text == "Lakeside Media Group" && r.Reason == "byline");
        Assert.Contains(cleaned.Removed, r => r.Text == "Workers sort coffee cherries at a factory in the highlands." && r.Reason == "caption");
        Assert.StartsWith("Exporters want the 2 percent export levy suspended for a year.", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("before the budget statement in June.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_a_name_and_role_on_one_line_for_the_byline()
    {
        var cleaned = Clean(BusinessSite);
        Assert.Equal("Battery maker picks northern port for its first European plant", cleaned.Title);
        Assert.Equal("The factory will make cells for buses and trucks from 2028", cleaned.Standfirst);
        Assert.Equal("MARTA ILVES", cleaned.Author);
        Assert.DoesNotContain("MARTA ILVES", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("TALLINN -- A battery maker", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_the_writer_and_city_above_the_stamp_for_the_byline()
    {
        var cleaned = Clean(InternationalBroadcaster);
        Assert.Equal("Rail freight deal links two inland ports to the coast", cleaned.Title);
        Assert.Equal("Jonas Feld", cleaned.Author);
        Assert.Contains(cleaned.Removed, r => r.Text == "https://p.example.com/p/4abc" && r.Reason == "link");
    }

    [Fact]
    public void Should_drop_a_related_box_between_paragraphs_and_keep_the_paragraphs_after_it()
    {
        var cleaned = Clean(InternationalBroadcaster);
        Assert.DoesNotContain("Explore more", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Inland ports compete", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip next section", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("once the loading tracks at both ports are finished.", cleaned.Text, StringComparison.Ordinal);
    }
}
