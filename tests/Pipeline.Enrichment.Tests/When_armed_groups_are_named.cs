namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Armed groups are organisations, under their full names and their short forms: "Boko Haram" is no
/// person, "the Islamic State West Africa Province" no province, "JNIM" and "M23" no one's initials.
/// </summary>
public sealed class When_armed_groups_are_named
{
    private const string Text = """
        MAIDUGURI — Boko Haram and the Islamic State West Africa Province attacked two villages near the lake on Sunday, the army said. Further west, Jama'at Nusrat al-Islam wal-Muslimin claimed an ambush on a convoy.

        In the east of the Congo, the March 23 Movement took another town, while the Allied Democratic Forces raided farms further north.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Boko Haram")]
    [InlineData("Islamic State West Africa Province")]
    [InlineData("Jama'at Nusrat al-Islam wal-Muslimin")]
    [InlineData("March 23 Movement")]
    [InlineData("Allied Democratic Forces")]
    public void Should_find_the_group_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_find_no_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
