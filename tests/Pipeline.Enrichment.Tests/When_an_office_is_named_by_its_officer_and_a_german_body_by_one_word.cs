namespace Pipeline.Enrichment.Tests;

/// <summary>
/// US and Canadian releases name offices by the officer who heads them ("the Office of the United States Trade
/// Representative", "the Department of Transportation's Office of Inspector General"): the title ends the office's name,
/// and the department that owns it is a body of its own. "The Honourable" is a title; "Command" heads a military body
/// ("U.S. Indo-Pacific Command"); a newswire is a body ("Southern Cross Newswire"); German agencies are one compound
/// word that ends in what they are ("Bundeskartellamt").
/// </summary>
public sealed class When_an_office_is_named_by_its_officer_and_a_german_body_by_one_word
{
    private const string Text = """
        SYDNEY, May 4 (Southern Cross Newswire) — A report by the Department of Transportation's Office of Inspector General found delays, and the Office of the United States Trade Representative said it would respond. The Honourable Anita Anand spoke with the Joint Arctic Command and U.S. Indo-Pacific Command, while the Bundeskartellamt said it had opened a case.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Department of Transportation", EntityTypes.Organization)]
    [InlineData("Office of Inspector General", EntityTypes.Organization)]
    [InlineData("Office of the United States Trade Representative", EntityTypes.Organization)]
    [InlineData("Anita Anand", EntityTypes.Person)]
    [InlineData("Joint Arctic Command", EntityTypes.Organization)]
    [InlineData("U.S. Indo-Pacific Command", EntityTypes.Organization)]
    [InlineData("Bundeskartellamt", EntityTypes.Organization)]
    [InlineData("Southern Cross Newswire", EntityTypes.Organization)]
    public void Should_name_it_whole_with_its_type(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == type);

    [Fact]
    public void Should_not_keep_the_honorific() => Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Honourable", StringComparison.Ordinal));
}
