namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Communist Party of Nepal (Unified Marxist–Leninist)", "Pakistan Muslim League (Nawaz)", "Janata Dal (United)": South
/// Asian parties are told from their namesakes by words in brackets, which are part of the party's name. An acronym in
/// brackets is not ("Ministry of Health (MoH)", "Democratic Party (DP)").
/// </summary>
public sealed class When_a_party_is_told_from_its_namesakes_in_brackets
{
    private const string Text = """
        The Communist Party of Nepal (Unified Marxist–Leninist), which led the government that granted the licence, did not comment.

        Pakistan Muslim League (Nawaz) and the Janata Dal (United) welcomed the ruling, as did the Democratic Party (DP).
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Communist Party of Nepal (Unified Marxist–Leninist)")]
    [InlineData("Pakistan Muslim League (Nawaz)")]
    [InlineData("Janata Dal (United)")]
    [InlineData("Democratic Party")]
    public void Should_name_the_party_with_its_qualifier(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_take_no_qualifier_for_a_name_of_its_own() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Unified Marxist" or "Nawaz" or "United" or "Democratic Party (DP)");
}
