namespace Pipeline.Enrichment.Tests;

/// <summary>Agency copy: "LONDON, Nov 6 (Reuters) -" names a place, and is no part of the summary.</summary>
public sealed class When_wire_copy_opens_with_a_dateline
{
    private const string Text = """
        LONDON, Nov 6 (Wire) - The Bank of England kept interest rates at 4.75 percent on Thursday, with Governor Andrew Bailey saying that price pressures were easing.

        Finance minister Rachel Reeves welcomed the decision, and said growth would follow.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_dateline_a_place_in_title_case()
    {
        var london = Assert.Single(Result.Entities, e => e.Text == "London");
        Assert.Equal(EntityTypes.Location, london.Type);
        Assert.Equal("LONDON", Assert.Single(london.Mentions).Text);
    }

    [Fact]
    public void Should_leave_the_dateline_out_of_the_summary() =>
        Assert.StartsWith("The Bank of England kept interest rates", Result.Summary);

    private const string TwoPlaces = """
        OSLO/HELSINKI, Feb 3 (Wire) - Nordic power prices climbed on Monday as a cold snap lifted demand, traders said.

        BERLIN, March 9 (Wire) - Siemens Energy said it would hire 500 engineers at its plant in Erlangen.
        """;

    private static readonly EnrichmentResult Dated = new DocumentEnricher().Enrich(new EnrichmentInput
    {
        Text = TwoPlaces,
        Published = new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero),
    });

    [Fact]
    public void Should_name_both_places_of_a_dateline_joined_by_a_slash()
    {
        Assert.Contains(Dated.Entities, e => e.Type == EntityTypes.Location && e.Text == "Oslo");
        Assert.Contains(Dated.Entities, e => e.Type == EntityTypes.Location && e.Text == "Helsinki");
    }

    [Fact]
    public void Should_leave_the_month_after_the_comma_a_date_and_no_name()
    {
        Assert.DoesNotContain(Dated.Entities, e => e.Type != EntityTypes.Date && e.Text is "Feb" or "March");
        Assert.Contains(Dated.Entities, e => e.Type == EntityTypes.Date && e.Text == "Feb 3");
    }

    [Theory]
    [InlineData("AMMAN — The World Bank approved a loan to Jordan on Tuesday.", "World Bank")]
    [InlineData("BAGHDAD — Popular Mobilization Forces commanders met on Sunday.", "Popular Mobilization Forces")]
    public void Should_find_an_organisation_right_after_the_datelines_dash(string text, string name) =>
        Assert.Single(new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("EDMONTON, Alberta — The province will hold a vote in October, officials said.", "Edmonton")]
    [InlineData("BELO HORIZONTE, Brazil — A state court ordered a miner to pay damages on Thursday.", "Belo Horizonte")]
    [InlineData("HONIARA, Solomon Islands (AP) — Leaders ended their summit on Friday.", "Honiara")]
    public void Should_name_a_dateline_with_its_state_or_country_after_the_comma_a_place(string text, string name)
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;
        Assert.Single(entities, e => e.Type == EntityTypes.Location && e.Text == name);
        Assert.DoesNotContain(entities, e => e.Type != EntityTypes.Location && e.Text.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Should_group_a_listed_dateline_with_the_short_form_the_text_uses_later()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "VATICAN CITY — Bishops ended their meeting on Saturday.\n\nThe Vatican has ruled out any change, a spokesman said.",
        }).Entities;
        var vatican = Assert.Single(entities, e => e.Type == EntityTypes.Location && e.Text.StartsWith("Vatican", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Vatican City", vatican.Text);
        Assert.Equal(2, vatican.Mentions.Count);
    }
}
