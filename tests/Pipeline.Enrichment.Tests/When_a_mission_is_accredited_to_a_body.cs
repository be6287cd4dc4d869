namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the United States Mission to the United Nations", "the Permanent Mission of Ghana to the African Union": a mission
/// accredited to an international body is named by that body, one organisation; the body stays a name of its own only where
/// the text names it elsewhere.
/// </summary>
public sealed class When_a_mission_is_accredited_to_a_body
{
    private const string Text = """
        The council voted on Friday to renew the embargo for another year.

        A spokesperson for the United States Mission to the United Nations said the vote sent a message. The Permanent Mission of Ghana to the African Union welcomed the decision, and the United Nations said aid would continue.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("United States Mission to the United Nations")]
    [InlineData("Permanent Mission of Ghana to the African Union")]
    public void Should_name_the_mission_whole(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_keep_the_body_the_text_names_elsewhere() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "United Nations");

    [Fact]
    public void Should_not_name_the_mission_cut_short() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "United States Mission" or "Permanent Mission of Ghana");
}
