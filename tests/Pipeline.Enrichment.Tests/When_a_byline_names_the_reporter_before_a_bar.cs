namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Elif Yıldırım Kaya | Izmir": a byline that gives the reporter's full name, then a bar and the city, looks like a line of
/// menu items; a person's name of two to four words that opens the line with a listed given name is the reporter, not a menu item.
/// The menu above it ("Home | Politics | Economy") still names no one.
/// </summary>
public sealed class When_a_byline_names_the_reporter_before_a_bar
{
    private const string Page = """
        BOSPHORUS WEEKLY

        Home | Politics | Economy | World

        Ferry services resume across the strait after storm

        Elif Yıldırım Kaya | Izmir
        Published: 21.05.2025 - 13:22

        IZMIR - Ferry services across the bay resumed on Tuesday after a two-day storm, the city council said.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Page });

    [Fact]
    public void Should_name_the_reporter() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Elif Yıldırım Kaya");

    [Theory]
    [InlineData("Politics")]
    [InlineData("Economy")]
    public void Should_find_no_name_in_the_menu(string item) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == item);
}
