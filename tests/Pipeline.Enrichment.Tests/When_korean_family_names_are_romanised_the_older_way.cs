namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Korean family names in their older or less common romanisations ("Rhee", "Ryu", "Roh") come
/// first, like "Kim" and "Park": the whole name is the person, and the family name alone refers back to it.
/// </summary>
public sealed class When_korean_family_names_are_romanised_the_older_way
{
    [Theory]
    [InlineData("SEOUL — Bank of Korea Governor Rhee Chang-yong said last week that exports were holding up. Rhee said labour disputes were a risk.", "Rhee Chang-yong", "Rhee")]
    [InlineData("SEOUL — Union official Ryu Ji-hoon said on Monday that members would strike. Ryu said talks had failed.", "Ryu Ji-hoon", "Ryu")]
    public void Should_read_the_whole_name_and_link_the_family_name(string text, string name, string familyName)
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;
        var person = Assert.Single(entities, e => e.Type == EntityTypes.Person && e.Text == name);
        Assert.Contains(person.Mentions, m => m.Text == familyName);
    }
}
