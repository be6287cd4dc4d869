namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A results release lists its managers by title: "Chief Operating Officer: Sibusiso Mthembu-Ndlovu". The words after "Chief"
/// that end in a title word are the rest of the title, no person; and "the Chief Operating Officer of Dangote Cement Plc" names
/// the company after "of", not an organisation that opens with the title.
/// </summary>
public sealed class When_a_company_lists_its_officers_by_title
{
    private const string Text = """
        Chief Executive Officer: Tendai Rufaro Chikomba, who joined from Zimplats Holdings Limited in June. Chief Operating Officer: Sibusiso Mthembu-Ndlovu. Chief Financial Officer: Farai Moyo.

        The Chief Operating Officer of Dangote Cement Plc, Ade Bello, said sales rose.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_take_no_title_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Officer", StringComparison.Ordinal));

    [Theory]
    [InlineData("Sibusiso Mthembu-Ndlovu")]
    [InlineData("Farai Moyo")]
    [InlineData("Ade Bello")]
    public void Should_find_the_officers(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_find_the_company_after_the_title() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Dangote Cement Plc");
}
