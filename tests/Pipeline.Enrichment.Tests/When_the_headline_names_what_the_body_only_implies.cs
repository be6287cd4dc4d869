namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Clean takes the headline and the standfirst out of the text, and a headline often names what the
/// body only implies: "South Korea" and "Japan" over a body that says "South Korean" and
/// "Japanese". Those names are entities of the document too, with their mentions in the title or
/// standfirst; a title that is only the file's name or set in title case adds nothing.
/// </summary>
public sealed class When_the_headline_names_what_the_body_only_implies
{
    private const string Title = "South Korea's president meets Japan's premier as Seoul seeks chip cooperation";

    private const string Standfirst = "The two leaders met in Busan for three hours, aides said.";

    private const string Body = """
        SEOUL, Sept 6 - South Korean President Lee Jae-sung and Japanese Prime Minister Kenta Morishima agreed on Friday to deepen cooperation on semiconductors, the presidential office said.

        Lee told reporters the two governments would set up a working group on export controls. Morishima said Tokyo welcomed the plan.
        """;

    private static EnrichmentResult Enrich(string? title, string? standfirst = null, string? fileName = null) =>
        new DocumentEnricher().Enrich(new EnrichmentInput { Text = Body, Title = title, Standfirst = standfirst, FileName = fileName });

    [Fact]
    public void Should_find_the_places_only_the_headline_names_with_their_mention_in_the_title()
    {
        var entities = Enrich(Title).Entities;
        foreach (var name in new[] { "South Korea", "Japan" })
        {
            var place = Assert.Single(entities, e => e.Text == name);
            Assert.Equal(EntityTypes.Location, place.Type);
            var mention = Assert.Single(place.Mentions);
            Assert.Equal(Mention.InTitle, mention.Field);
            Assert.Equal(name, Title[mention.Start..mention.End]);
        }
    }

    [Fact]
    public void Should_keep_the_offsets_of_the_body_mentions_in_the_text()
    {
        var result = Enrich(Title, Standfirst);
        var seoul = Assert.Single(result.Entities, e => e.Text == "Seoul");
        Assert.Contains(seoul.Mentions, m => m.Field == Mention.InTitle);
        Assert.Contains(seoul.Mentions, m => m.Field == Mention.InText);
        foreach (var mention in result.Entities.SelectMany(e => e.Mentions))
        {
            var field = mention.Field switch { Mention.InTitle => Title, Mention.InStandfirst => Standfirst, _ => Body };
            Assert.Equal(mention.Text, field[mention.Start..mention.End]);
        }
    }

    [Fact]
    public void Should_read_a_standfirst_the_text_does_not_hold()
    {
        var busan = Assert.Single(Enrich(Title, Standfirst).Entities, e => e.Text == "Busan");
        Assert.Equal(Mention.InStandfirst, Assert.Single(busan.Mentions).Field);
    }

    [Fact]
    public void Should_not_read_a_title_that_is_only_the_file_name()
    {
        var entities = Enrich("Japan-Korea-summit", fileName: "Japan-Korea-summit.txt").Entities;
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Field != Mention.InText));
    }

    [Fact]
    public void Should_not_read_a_headline_set_in_title_case()
    {
        var entities = Enrich("South Korea's President Meets Japan's Premier As Seoul Seeks Chip Cooperation").Entities;
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Field == Mention.InTitle));
    }

    [Theory]
    [InlineData("Tokyo Electron And Micron Deepen Hiroshima Ties", true)]
    [InlineData("MICRON DEEPENS TIES WITH HIROSHIMA", true)]
    [InlineData("Tokyo Electron and Micron deepen Hiroshima ties as Japan chases chip revival", false)]
    [InlineData("China, Philippines trade accusations at ASEAN meeting", false)]
    public void Should_tell_title_case_from_a_sentence_full_of_names(string title, bool capitalised) =>
        Assert.Equal(capitalised, HeadingFields.IsCapitalisedThroughout(title));
}
