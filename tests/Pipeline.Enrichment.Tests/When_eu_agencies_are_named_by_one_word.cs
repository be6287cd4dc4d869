namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Eurojust", "Eurocontrol": the European Union's agencies are named by one coined word, which the tagger, knowing none
/// of them, may read as a place. They are listed organisations, beside Europol and Frontex.
/// </summary>
public sealed class When_eu_agencies_are_named_by_one_word
{
    private const string Text = """
        Prosecutors in Vilnius worked with Eurojust to freeze the accounts, the ministry said on Wednesday.

        Flights over the region were rerouted on the advice of Eurocontrol after the airspace closed.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Eurojust")]
    [InlineData("Eurocontrol")]
    public void Should_name_the_agency(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
