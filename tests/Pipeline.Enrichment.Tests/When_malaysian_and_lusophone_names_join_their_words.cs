namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Malaysian filings join a given name and the father's with "a/l" or "a/p" ("Ravindran a/l Subramaniam": one person),
/// give companies the forms "Sdn Bhd" and "(Diperbadankan)" after a bracketed word ("Gek Poh (Holdings) Sdn Bhd"), and
/// name the exchange after the country ("Bursa Malaysia", a body, not a place). Portuguese names join their words with
/// "de", "em" and "e" ("Empresa Brasileira de Participações em Energia Nuclear e Binacional"). A police force heads its
/// name with "Constabulary", and a wire with "Wire".
/// </summary>
public sealed class When_malaysian_and_lusophone_names_join_their_words
{
    private const string Text = """
        Ravindran a/l Subramaniam, the chairman, said Gek Poh (Holdings) Sdn Bhd and Kumpulan Wang Persaraan (Diperbadankan) would accept the offer, which was filed with Bursa Malaysia on Monday. In Brasília, Empresa Brasileira de Participações em Energia Nuclear e Binacional signed the tariff deal, Gulf Sports Wire reported, while officers of the Royal Papua New Guinea Constabulary guarded the mine.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Ravindran a/l Subramaniam", EntityTypes.Person)]
    [InlineData("Gek Poh (Holdings) Sdn Bhd", EntityTypes.Organization)]
    [InlineData("Kumpulan Wang Persaraan (Diperbadankan)", EntityTypes.Organization)]
    [InlineData("Bursa Malaysia", EntityTypes.Organization)]
    [InlineData("Empresa Brasileira de Participações em Energia Nuclear e Binacional", EntityTypes.Organization)]
    [InlineData("Gulf Sports Wire", EntityTypes.Organization)]
    [InlineData("Royal Papua New Guinea Constabulary", EntityTypes.Organization)]
    public void Should_name_it_whole_with_its_type(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == type);
}
