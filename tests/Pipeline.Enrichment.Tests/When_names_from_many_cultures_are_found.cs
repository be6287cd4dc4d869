namespace Pipeline.Enrichment.Tests;

public sealed class When_names_from_many_cultures_are_found
{
    private const string Text = """
        HANOI — South Korean Trade Minister Kim Dong-hyun met Vietnamese President Le Thi Mai and Chinese envoy Wang Jianguo on Monday. Kim said the talks went well.

        Dutch Foreign Minister Dirk van der Hoeven and Senator Juan Pablo de la Torre Gaviria joined Saudi Deputy Energy Minister Faisal bin Abdulrahman al-Qahtani. Qahtani spoke first.

        Deputy U.S. Trade Representative Thomas W. Hale Jr. met Economy Minister Guadalupe Ramírez Ortega. Hale and Ramírez disagreed.

        Kazakh Deputy Prime Minister Serik Zhumagaliyev and Philippine officials visited the Kazakh capital.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    private static List<string> People => Result.Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Should_keep_particles_suffixes_and_family_name_first_orders_inside_one_name()
    {
        Assert.Equal(
        [
            "Dirk van der Hoeven", "Faisal bin Abdulrahman al-Qahtani", "Guadalupe Ramírez Ortega", "Juan Pablo de la Torre Gaviria",
            "Kim Dong-hyun", "Le Thi Mai", "Serik Zhumagaliyev", "Thomas W. Hale Jr.", "Wang Jianguo",
        ], People);
    }

    [Theory]
    [InlineData("Kim", "Kim Dong-hyun")]
    [InlineData("Qahtani", "Faisal bin Abdulrahman al-Qahtani")]
    [InlineData("Hale", "Thomas W. Hale Jr.")]
    [InlineData("Ramírez", "Guadalupe Ramírez Ortega")]
    public void Should_resolve_the_short_form_each_culture_uses(string shortForm, string fullName)
    {
        var person = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == fullName);
        Assert.Contains(person.Mentions, m => m.Text == shortForm);
    }

    [Fact]
    public void Should_take_adjectival_demonyms_for_nationalities_not_people()
    {
        var kazakh = Assert.Single(Result.Entities, e => e.Text == "Kazakh");
        Assert.Equal(EntityTypes.Nationality, kazakh.Type);
        Assert.Equal("KZ", kazakh.CountryCode);
        Assert.Equal(EntityTypes.Nationality, Assert.Single(Result.Entities, e => e.Text == "Philippine").Type);
    }
}
