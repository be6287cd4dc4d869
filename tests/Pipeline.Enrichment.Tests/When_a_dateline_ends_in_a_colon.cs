namespace Pipeline.Enrichment.Tests;

/// <summary>
/// South and Southeast Asian papers end a dateline with a colon, maybe after the date in brackets ("NEW DELHI:", "KUALA
/// LUMPUR (Dec 1):"); the place is named in title case, as after a dash. A label in capitals before a colon ("UPDATE:") is
/// no place. A body's acronym in brackets that is also a club's suffix stays out of its name ("Securities Commission
/// Malaysia (SC)"), and "binti" joins a Malay woman's name to her father's.
/// </summary>
public sealed class When_a_dateline_ends_in_a_colon
{
    private const string Text = """
        KUALA LUMPUR (Dec 1): Sime Darby Property Bhd said the Securities Commission Malaysia (SC) had approved its bond, and director Siti Aminah binti Razali welcomed the decision.

        NEW DELHI: The Indian government said talks would resume next week. UPDATE: Prices fell later in the day.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Kuala Lumpur", EntityTypes.Location)]
    [InlineData("New Delhi", EntityTypes.Location)]
    [InlineData("Securities Commission Malaysia", EntityTypes.Organization)]
    [InlineData("Siti Aminah binti Razali", EntityTypes.Person)]
    public void Should_find_the_name_with_its_type(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Text == name);

    [Fact]
    public void Should_find_no_name_in_capitals_or_with_the_bracket() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "KUALA LUMPUR" or "NEW DELHI" or "UPDATE" || e.Text.Contains("(SC", StringComparison.Ordinal));
}
