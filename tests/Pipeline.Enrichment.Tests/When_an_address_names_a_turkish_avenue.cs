namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Cumhuriyet Caddesi 42": a Turkish avenue, boulevard or street is named by its word after the name ("Caddesi", "Bulvarı",
/// "Sokak"), so the name is a place, not a person.
/// </summary>
public sealed class When_an_address_names_a_turkish_avenue
{
    private const string Text = """
        The exporters' association met on Wednesday at its offices on Halaskargazi Caddesi in Şişli, and its members later marched to Atatürk Bulvarı.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Halaskargazi Caddesi")]
    [InlineData("Atatürk Bulvarı")]
    public void Should_take_the_avenue_for_a_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
