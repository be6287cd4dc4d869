namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Faults found by a fifth batch of seed-shaped pages run through the whole pipeline: two
/// organisations joined by "and" read as one where the left one is a whole name ("Citigroup and
/// Standard Bank", "Osaka University and Micron"); towns listed under "towns such as" taken for
/// people; a hyphenated surname cut off after the given name, and its later mention missed; a
/// kind of bond written with a capital taken for a place.
/// </summary>
public sealed class When_names_are_joined_by_and_or_listed_under_a_place_word
{
    private const string Text = """
        The finance ministry said it had hired Citigroup and Standard Bank to arrange the sale of the bonds, which would be offered to investors in London next month.

        Osaka University and Micron signed an agreement on Monday to train 200 engineers a year.

        Farmers in towns such as Moree and Narrabri said the drought had cut their wheat crop by half.

        German Economy Minister Ola Berg and Zambian President Mutale Nandi-Chisenga signed the memorandum in Berlin on Tuesday. Nandi-Chisenga said the two countries would share power from the new dam.

        Economists said the Eurobond would ease pressure on the budget but raise the cost of borrowing.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    private static bool Has(string type, string text) => Result.Entities.Any(e => e.Type == type && e.Text == text);

    [Fact]
    public void Should_split_a_listed_company_from_the_bank_after_and()
    {
        Assert.True(Has(EntityTypes.Organization, "Citigroup"));
        Assert.True(Has(EntityTypes.Organization, "Standard Bank"));
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_split_a_university_from_the_company_after_and()
    {
        Assert.True(Has(EntityTypes.Organization, "Osaka University"));
        Assert.True(Has(EntityTypes.Organization, "Micron"));
    }

    [Fact]
    public void Should_read_names_under_towns_such_as_as_places()
    {
        Assert.True(Has(EntityTypes.Location, "Moree"));
        Assert.True(Has(EntityTypes.Location, "Narrabri"));
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text is "Moree" or "Narrabri");
    }

    [Fact]
    public void Should_keep_a_hyphenated_surname_and_resolve_its_later_mention()
    {
        var president = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text.StartsWith("Mutale", StringComparison.Ordinal));
        Assert.Equal("Mutale Nandi-Chisenga", president.Text);
        Assert.Equal(2, president.Count);
    }

    [Fact]
    public void Should_not_take_a_eurobond_for_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Eurobond");
}
