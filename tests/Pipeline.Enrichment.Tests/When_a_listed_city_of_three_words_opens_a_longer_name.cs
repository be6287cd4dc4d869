namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "will pay for the Ho Chi Minh City Metro Line 5": the tagger cuts the listed city in pieces and runs the last one
/// on over the project's words ("Ho" + "Chi Minh City Metro"). The listed city is the name there.
/// </summary>
public sealed class When_a_listed_city_of_three_words_opens_a_longer_name
{
    private const string Text = """
        The loan approved on Friday will pay for the Ho Chi Minh City Metro Line 5 and for dikes along the Saigon River, the lenders said.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_city() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Ho Chi Minh City");

    [Fact]
    public void Should_not_keep_the_pieces() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Ho" or "Chi Minh City Metro" or "Minh City Metro");
}
