namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A railway, a power line or a border crossing is named by the places at its ends, joined by a hyphen ("the
/// Chipata-Serenje railway", "the Dhalkebar-Muzaffarpur line"). Listed places so joined were split already; before a word
/// for a route, unlisted ones are places too, but not a nationality or a prefix ("the Trans-Afghan railway"). A hyphenated name
/// before any other word stays whole ("Kassym-Jomart").
/// </summary>
public sealed class When_a_route_is_named_by_its_ends
{
    private const string Text = """
        Engineers finished the survey for the Mpika-Kasama railway line last month, and the Dhalkebar-Muzaffarpur transmission line will carry more power this winter. Trucks waited for three days at the Mwami-Mchinji border post, the drivers' union said. President Kassym-Jomart Tokayev praised the work and asked for money for the Trans-Afghan railway.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Mpika")]
    [InlineData("Kasama")]
    [InlineData("Dhalkebar")]
    [InlineData("Muzaffarpur")]
    [InlineData("Mwami")]
    [InlineData("Mchinji")]
    public void Should_find_each_end_of_the_route(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_not_keep_the_joined_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains('-') && e.Type != EntityTypes.Person && !e.Text.StartsWith("Trans", StringComparison.Ordinal));

    [Theory]
    [InlineData("Trans")]
    [InlineData("Afghan")]
    public void Should_not_split_a_prefix_or_a_nationality_off_as_a_place(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_keep_a_hyphenated_given_name_whole() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Kassym-Jomart Tokayev");
}
