namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Central banks go by names the tagger cannot type from their words alone: own-language names ("Bangko Sentral ng
/// Pilipinas", "Bank Negara Malaysia", "Nepal Rastra Bank") and names that open with a country ("Bank Indonesia"). The
/// list of central banks names them organisations.
/// </summary>
public sealed class When_a_central_bank_is_named
{
    private const string Text = """
        JAKARTA — Bank Indonesia held its benchmark rate on Wednesday. Elsewhere in the region, the Bangko Sentral ng Pilipinas cut by a quarter point, Bank Negara Malaysia stood pat and Nepal Rastra Bank tightened reserve rules.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Bank Indonesia")]
    [InlineData("Bangko Sentral ng Pilipinas")]
    [InlineData("Bank Negara Malaysia")]
    [InlineData("Nepal Rastra Bank")]
    public void Should_name_the_central_bank_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_find_no_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
