namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Local news says where a building, a club or a person is right after the name: "the Motueka Library on Pah Street",
/// "Alice Springs Hospital on Gap Road", "the Gore Pirates at Surrey Park", "Vikram Raghunathan of Maitland", "on Court
/// Street in Morristown". The street, the ground and the town are places of their own, and the name before
/// them ends where they start.
/// </summary>
public sealed class When_a_place_is_named_with_the_street_or_town_it_is_in
{
    private const string Text = """
        The council said the pool would reopen next week in Alice Springs.

        Swimmers can use the Alice Springs Aquatic and Leisure Centre on Speed Street from Monday. Patients were taken to Alice Springs Hospital on Gap Road. The Motueka Library on Pah Street will close for a week.

        The Gore Pirates at Surrey Park won the game on Saturday. Vikram Raghunathan of Maitland was sentenced on Friday.

        ALSO: The Morris County Sheriff's Office will hold a free car-seat inspection Saturday at its headquarters on Court Street in Morristown.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Speed Street")]
    [InlineData("Gap Road")]
    [InlineData("Pah Street")]
    [InlineData("Surrey Park")]
    [InlineData("Maitland")]
    [InlineData("Alice Springs Hospital")]
    [InlineData("Court Street")]
    [InlineData("Morristown")]
    public void Should_find_the_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_find_the_person_without_the_town() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Vikram Raghunathan");

    [Fact]
    public void Should_join_no_name_to_the_street_or_ground_after_it() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" on ", StringComparison.Ordinal) || e.Text.Contains(" at ", StringComparison.Ordinal) || e.Text.Contains(" of Maitland", StringComparison.Ordinal)
            || e.Text.Contains(" in Morristown", StringComparison.Ordinal));
}
