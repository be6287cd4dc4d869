namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the City of Port Lincoln", "the Town of Fogo Island": a town's council named by its town is the body that backs a plan (the
/// tagger read them as places); the City of London stays the place, and so does a city after a preposition ("the governing body
/// for the City of Brampton"). "Erie County Board of Commissioners and Sandusky City
/// Commission" are two bodies. "Adelaide SA 5000" closes an address: the town is a place, and "SA" no company's form.
/// </summary>
public sealed class When_a_council_is_named_by_its_town
{
    private const string Text = """
        The City of Port Lincoln and the District Council of Tumby Bay backed the pipeline, and the Town of Fogo Island agreed to
        share the cost. Traders in the City of London were unmoved.
        The council is the governing body for the City of Brampton.

        The Erie County Board of Commissioners and Sandusky City Commission approved the lease on Monday.

        Submissions close on Friday. State Administration Centre, 200 Victoria Square, Adelaide SA 5000.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("City of Port Lincoln")]
    [InlineData("Town of Fogo Island")]
    [InlineData("District Council of Tumby Bay")]
    [InlineData("Erie County Board of Commissioners")]
    [InlineData("Sandusky City Commission")]
    public void Should_name_the_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("City of London")]
    [InlineData("City of Brampton")]
    [InlineData("Adelaide")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_not_join_the_two_boards() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" and Sandusky"));

    [Fact]
    public void Should_name_no_company_in_the_address() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Adelaide SA");
}
