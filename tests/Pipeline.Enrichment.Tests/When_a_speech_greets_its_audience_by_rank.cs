namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A speech opens by greeting its hosts and guests by rank, one per line ("Mr Ólafur Ragnar Grímsson, Chairman of the
/// Arctic Circle," then "Excellencies,"): "Excellencies" is a form of address, not a name listed after the one before it.
/// "His Excellency" before a name is a title and no part of it.
/// </summary>
public sealed class When_a_speech_greets_its_audience_by_rank
{
    private const string Text = """
        Mr Ólafur Ragnar Grímsson, Chairman of the Arctic Circle,
        Excellencies,
        Ladies and gentlemen,

        I thank His Excellency Bjarni Benediktsson for the invitation to speak in Reykjavík.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_take_no_form_of_address_for_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Excellenc", StringComparison.Ordinal));

    [Theory]
    [InlineData("Ólafur Ragnar Grímsson")]
    [InlineData("Bjarni Benediktsson")]
    public void Should_find_the_people_greeted(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
}
