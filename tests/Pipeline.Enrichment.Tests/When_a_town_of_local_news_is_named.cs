namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Local news names the towns of its own country: "Tuscaloosa" and "Kenosha", proper names the English word list holds
/// capitalised, and "Whittlesey", a market town of 16,000, are places with their country's code, and a town after a
/// preposition of place is a place when the tagger reads it as a person.
/// </summary>
public sealed class When_a_town_of_local_news_is_named
{
    private const string Text = """
        Nurses in Tuscaloosa and bus drivers near Kenosha voted to strike on Monday.
        The union said members from Whittlesey joined the march, and a delegation came from Crediton.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Tuscaloosa", "US")]
    [InlineData("Kenosha", "US")]
    [InlineData("Whittlesey", "GB")]
    [InlineData("Crediton", "GB")]
    public void Should_name_the_town_with_its_country(string name, string code) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name && e.CountryCode == code);
}
