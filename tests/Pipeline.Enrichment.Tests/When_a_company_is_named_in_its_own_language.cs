namespace Pipeline.Enrichment.Tests;

/// <summary>
/// English copy from the Balkans, the Baltics and Poland names companies in their own language, with their small words and
/// their legal forms: "Rudnik mrkog uglja Breza d.o.o.", "Pomorze Gaz Obrót sp. z o.o.", "AB Klaipėdos nafta". The tagger
/// reads them in pieces or as people. Capitalised words and words that are not English, next to a legal form, are one
/// company; a nationality or an English word before the name is none of it ("Danish start-up Vindkraft GmbH").
/// </summary>
public sealed class When_a_company_is_named_in_its_own_language
{
    private const string Text = """
        The regulator fined Pomorze Gaz Obrót sp. z o.o. for overcharging households, and the coal producer Rudnik mrkog uglja Breza d.o.o. said it would appeal the ruling. The port operator AB Klaipėdos nafta signed a supply deal with Ujësjellës Kanalizime Durrës sh.a. and with Danish start-up Vindkraft GmbH, the ministry said on Monday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Pomorze Gaz Obrót sp. z o.o.")]
    [InlineData("Rudnik mrkog uglja Breza d.o.o.")]
    [InlineData("AB Klaipėdos nafta")]
    [InlineData("Ujësjellës Kanalizime Durrës sh.a.")]
    [InlineData("Vindkraft GmbH")]
    public void Should_find_the_company_under_its_whole_name(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_take_none_of_them_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
