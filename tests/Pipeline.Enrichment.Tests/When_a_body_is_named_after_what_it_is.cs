namespace Pipeline.Enrichment.Tests;

/// <summary>
/// News names a body right after saying what it is: between commas after "arm" or "company" ("The UK's development
/// finance arm, British International Investment, holds ..."), or after who owns it ("the state-owned Rosmorport"). A
/// university's campus after "at" belongs to its name, also where no list knows the campus ("University of Hawaiʻi at
/// Mānoa"). A place or a person after such a word stays what it is.
/// </summary>
public sealed class When_a_body_is_named_after_what_it_is
{
    private const string Text = """
        The UK's development finance arm, British International Investment, holds a stake in the port. Its parent company, Nordic Harbour Holdings, did not comment, and the state-owned Rosmorport, which runs the pilots, declined to say more.

        A researcher at the University of Ghana at Legon said the lender, John Mwangi said, had no plans to sell. The company, Kenya's largest tea grower, said profits fell.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("British International Investment", EntityTypes.Organization)]
    [InlineData("Nordic Harbour Holdings", EntityTypes.Organization)]
    [InlineData("Rosmorport", EntityTypes.Organization)]
    [InlineData("University of Ghana at Legon", EntityTypes.Organization)]
    [InlineData("John Mwangi", EntityTypes.Person)]
    [InlineData("Kenya", EntityTypes.Location)]
    public void Should_find_the_name_with_its_type(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Text == name);

    [Fact]
    public void Should_not_split_the_campus_off() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Legon" or "University of Ghana");
}
