namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the General Company for Marine Transport", "the General Authority for Investment": the state firms and authorities of the
/// Arab world open on "General", no general's title, though the tagger leaves it out of the name.
/// </summary>
public sealed class When_a_state_body_opens_on_general
{
    private const string Text = """
        The ministry said the General Company for Marine Transport would lease two tankers to the port of Tartus.

        Investors must register with the General Authority for Investment before the end of the year, officials in Cairo said.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("General Company for Marine Transport")]
    [InlineData("General Authority for Investment")]
    public void Should_name_the_whole_body(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Company for Marine Transport")]
    [InlineData("Authority for Investment")]
    public void Should_not_name_the_body_without_general(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
