namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Office of the Commissioner of Higher Education": an officer's title after "the" and before "of" names the office the body
/// is; the name does not end at the title. "Kamehameha Schools", read as a place, is a school system, a body.
/// </summary>
public sealed class When_an_office_is_named_by_its_officer
{
    private const string Text = """
        He said the Office of the Commissioner of Higher Education would review the plan next month.

        Students at Kamehameha Schools helped clear the beach on Saturday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Office of the Commissioner of Higher Education")]
    [InlineData("Kamehameha Schools")]
    public void Should_name_the_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_cut_the_office_at_the_title() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Office of the Commissioner");
}
