namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Hamad Port", "Sultan Qaboos Al-Said Port": a port named after a person or a place ends in "Port" and is a place, though
/// the tagger reads a person's name in it or stops before "Port". An autonomous port ("Lomé Autonomous Port") is the
/// authority that runs it, and a port's name that goes on into a company's ("Varna Sea Trade Port JSC") is the company's.
/// </summary>
public sealed class When_a_port_is_named_after_a_person_or_a_place
{
    private const string Text = """
        The first container ship of the new line called at Hamad Port on Tuesday before sailing on to Karachi.

        Oman is also expanding Sultan Qaboos Al-Said Port near the border, and officials said the first berth would open in 2028.

        The Lomé Autonomous Port signed the concession, and Varna Sea Trade Port JSC said it would bid for the terminal.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Hamad Port")]
    [InlineData("Sultan Qaboos Al-Said Port")]
    public void Should_name_the_port_as_a_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Hamad Port")]
    [InlineData("Sultan Qaboos Al-Said Port")]
    [InlineData("Hamad")]
    [InlineData("Port")]
    public void Should_find_no_person_or_lone_port_word(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name && (e.Type == EntityTypes.Person || name is "Hamad" or "Port"));

    [Theory]
    [InlineData("Autonomous Port")]
    [InlineData("Lomé Autonomous Port")]
    [InlineData("Trade Port")]
    public void Should_not_make_a_port_body_a_place(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);
}
