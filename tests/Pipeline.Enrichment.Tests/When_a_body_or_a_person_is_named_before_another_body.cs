namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Ohio Department of Health's Bureau of Environmental Health": a body that owns a body by its possessive, each with a head
/// word of its own, is two bodies. "Fiona Lambert and Rajesh Varsani of Harcourt Quayle Restructuring LLP": the last name of a list
/// of people before "of" is a person, not the start of the firm's name. "Cllr Gary Plant": a title and a given name open a person's
/// name, though "Plant" ends places; "King Edward Street", named after a king, stays a street.
/// </summary>
public sealed class When_a_body_or_a_person_is_named_before_another_body
{
    private const string Text = """
        Inspectors from the Ohio Department of Health's Bureau of Environmental Health visited the plant on Monday.
        Fiona Lambert and Rajesh Varsani of Harcourt Quayle Restructuring LLP were appointed joint administrators.
        Cllr Gary Plant called for a citywide referendum, and traffic was diverted along King Edward Street.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Ohio Department of Health")]
    [InlineData("Bureau of Environmental Health")]
    [InlineData("Harcourt Quayle Restructuring LLP")]
    public void Should_name_the_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Rajesh Varsani")]
    [InlineData("Fiona Lambert")]
    [InlineData("Gary Plant")]
    public void Should_name_the_person(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_keep_the_street_named_after_a_king() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "King Edward Street");
}
