namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A regional site's page. Its footer says what the site is ("La Voz Andina is a publication of Ediciones Voz Andina S.A.S."):
/// the name that opens such a line is the outlet, an organisation, though the tagger reads "Support La Voz Andina" as a place.
/// Its newsletter is announced in capitals ("THE RIVER BRIEF — Every Friday ... [Sign up]"): a product, no place of a dateline.
/// A body named after its country ("Aduana Ecuador") may be taken for a person; the country's own mentions ("Officials in Ecuador")
/// stay the place and are no short name of that person.
/// </summary>
public sealed class When_a_site_names_its_publisher_and_its_newsletter
{
    private const string Page = """
        LA VOZ ANDINA
        English Edition | Edición en español

        Colombia · Venezuela · Ecuador · Peru

        Ecuador and Peru reopen river crossing to cargo

        GUAYAQUIL, Ecuador — Ecuador and Peru reopened the river crossing at Huaquillas to cargo trucks on Monday, the two governments said.

        Aduana Ecuador, the customs service, said about 600 trucks a day would cross once the scanners were installed. Officials in Ecuador said the crossing had been closed since March. Traders in Ecuador and Peru welcomed the decision.

        THE RIVER BRIEF — Every Friday, the week on the rivers of the Andes, in English. [Your email] [Sign up]

        Journalism costs money. Support La Voz Andina from $4 a month.

        La Voz Andina is a publication of Ediciones Voz Andina S.A.S., Calle 93 No. 11-28, Bogotá, Colombia.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Page });

    [Fact]
    public void Should_name_the_outlet_an_organisation()
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "La Voz Andina");
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "La Voz Andina");
    }

    [Fact]
    public void Should_find_no_place_in_the_newsletter() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("River Brief", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Should_keep_the_country_a_place() =>
        Assert.True(Result.Entities.Single(e => e.Type == EntityTypes.Location && e.Text == "Ecuador").Mentions.Count >= 5);
}
