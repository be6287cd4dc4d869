namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A wire story ends with its credits: "(Reporting by Salma al-Harthy in Muscat and Vikram Raghavan in Dubai; Editing by
/// Paul Grant)". Each name is a person, whatever the tagger made of it, and each city after "in" is a place. A person
/// introduced by a role after a comma is a person though the family name is also a prefecture's ("Ishikawa Kenta, a metals
/// analyst"); a place that opens a sentence before such a comma stays a place ("In Jerusalem, a spokesman ...").
/// </summary>
public sealed class When_a_wire_story_credits_its_reporters
{
    private const string Text = """
        Copper prices fell on Monday as smelters in Japan cut their intake.

        Ishikawa Kenta, a metals analyst at a Tokyo brokerage, said smelters had turned to other supplies. In Jerusalem, a spokesman for the ministry declined to comment.

        (Reporting by Salma al-Harthy in Muscat and Vikram Raghavan in Dubai; Additional reporting by Santiago Lima in Quito; Editing by Paul Grant)
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Salma al-Harthy", EntityTypes.Person)]
    [InlineData("Vikram Raghavan", EntityTypes.Person)]
    [InlineData("Santiago Lima", EntityTypes.Person)]
    [InlineData("Quito", EntityTypes.Location)]
    [InlineData("Paul Grant", EntityTypes.Person)]
    [InlineData("Ishikawa Kenta", EntityTypes.Person)]
    [InlineData("Muscat", EntityTypes.Location)]
    [InlineData("Dubai", EntityTypes.Location)]
    [InlineData("Jerusalem", EntityTypes.Location)]
    public void Should_find_each_name_with_its_type(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Text == name);
}
