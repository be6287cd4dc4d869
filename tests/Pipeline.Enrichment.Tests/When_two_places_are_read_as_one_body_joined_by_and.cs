namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Sekong and Saravane have had the same", read by the tagger as one organisation, where the document names "Saravane" as a
/// place elsewhere: two single words joined by "and", one of them a place of the text, are two places. "Marks and Spencer",
/// whose words the text never names as places, stays one name.
/// </summary>
public sealed class When_two_places_are_read_as_one_body_joined_by_and
{
    private const string Text = "Sekong and Saravane have had the same. Farmers near Saravane burn their fields. Marks and Spencer opened a shop.";

    private static List<EntitySpan> Split()
    {
        EntitySpan Span(string words, string type)
        {
            var start = Text.IndexOf(words, StringComparison.Ordinal);
            if (words == "Saravane") start = Text.IndexOf(words, Text.IndexOf("near", StringComparison.Ordinal), StringComparison.Ordinal);
            return new EntitySpan(start, start + words.Length, words, type, "tagger");
        }
        return CoordinatedOrganizationSplit.SplitKnownNames(Text,
            [Span("Sekong and Saravane", EntityTypes.Organization), Span("Saravane", EntityTypes.Location), Span("Marks and Spencer", EntityTypes.Organization)]);
    }

    [Theory]
    [InlineData("Sekong")]
    [InlineData("Saravane")]
    public void Should_name_each_place(string place) =>
        Assert.Contains(Split(), e => e.Type == EntityTypes.Location && e.Text == place && e.Start < Text.IndexOf('.'));

    [Fact]
    public void Should_keep_a_name_of_no_place_whole() =>
        Assert.Contains(Split(), e => e.Type == EntityTypes.Organization && e.Text == "Marks and Spencer");
}
