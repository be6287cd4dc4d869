namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Datin Paduka" is an honorific, no word of the name after it; "Tengku" is a Malay royal name the person keeps (the tagger read
/// him as a body); camps are named by number, with a letter ("Camp 8W"); "Inspector General of Police" is an office, no body;
/// "Civil Lines" is a quarter of a city; Bursa Malaysia and Johor Darul Ta'zim are listed bodies.
/// </summary>
public sealed class When_a_malaysian_or_bangladeshi_story_names_royals_and_camps
{
    private const string Text = """
        Datin Paduka Rosnah binti Ismail opened the hall, and Tengku Hafiz Iskandar Shah was elected president of the association.
        Johor Darul Ta'zim will play in the final. Shares in the club's sponsor rose on Bursa Malaysia.

        Families in Camp 13 and Camp 8W were moved to higher ground. The Inspector General of Police ordered an inquiry, and a
        march set off from Civil Lines.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Rosnah binti Ismail")]
    [InlineData("Tengku Hafiz Iskandar Shah")]
    public void Should_name_the_person(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Camp 13")]
    [InlineData("Camp 8W")]
    [InlineData("Civil Lines")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Johor Darul Ta'zim")]
    [InlineData("Bursa Malaysia")]
    public void Should_name_the_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_name_no_office_a_body() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Inspector General"));
}
