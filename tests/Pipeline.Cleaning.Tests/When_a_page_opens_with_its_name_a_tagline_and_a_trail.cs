namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Agency pages saved as text open with the agency's name, sometimes its tagline, and a trail of where the page
/// sits ("Home > News > Meeting highlights", "News releases | Countries | Chad"). The name is the site's, not the
/// tagline ("Science Medicines Health") nor a logo's one word over the name written out; a trail of three short
/// items set apart by bars is navigation, not the headline.
/// </summary>
public class When_a_page_opens_with_its_name_a_tagline_and_a_trail
{
    private const string Tagline = """
        European Food Authority
        Science Safety Trust

        Home > News > Panel highlights

        Panel highlights from the December plenary of the Scientific Panel on Food Additives

        Four additives re-evaluated and one withdrawn from the list of permitted colours after new toxicity data

        Parma, 12 December 2026 – The Scientific Panel on Food Additives concluded its re-evaluation of four additives at its December plenary and recommended that one colour be withdrawn from the permitted list.

        The panel will publish the full opinions in January, together with the data submitted by manufacturers during the public consultation.
        """;

    private const string Trail = """
        World Food Programme
        News releases | Countries | Chad

        WFP warns of ration cuts for 800,000 refugees in eastern Chad as funding runs short

        N'DJAMENA — The United Nations World Food Programme warned on Monday that it will halve rations for 800,000 refugees in eastern Chad from July unless new funding arrives within weeks.

        The agency said that the cost of trucking food across the border has doubled since the rainy season closed the southern route.
        """;

    private const string Logo = """
        NATO
        North Atlantic Treaty Organization
        Home > News room > Speeches & transcripts

        Press conference by the Secretary General following the meeting of Ministers of Defence

        The Secretary General said on Thursday that allies had agreed to raise their stocks of air-defence interceptors and to share the cost of two new depots.

        He said the ministers would meet again in June to review how far the plan had come.
        """;

    private static CleanedDocument Clean(string text) => new ArticleCleaner().Clean(new CleaningInput { Text = text });

    [Fact]
    public void Should_take_the_name_above_the_tagline_for_the_site() => Assert.Equal("European Food Authority", Clean(Tagline).SiteName);

    [Fact]
    public void Should_take_the_name_written_out_under_a_logo_word() => Assert.Equal("North Atlantic Treaty Organization", Clean(Logo).SiteName);

    [Fact]
    public void Should_not_take_a_barred_trail_for_the_headline() =>
        Assert.Equal("WFP warns of ration cuts for 800,000 refugees in eastern Chad as funding runs short", Clean(Trail).Title);

    [Fact]
    public void Should_remove_the_barred_trail_as_navigation() =>
        Assert.Contains(Clean(Trail).Removed, r => r.Text == "News releases | Countries | Chad" && r.Reason == "nav");

    [Fact]
    public void Should_take_the_name_above_the_trail_for_the_site() => Assert.Equal("World Food Programme", Clean(Trail).SiteName);
}
