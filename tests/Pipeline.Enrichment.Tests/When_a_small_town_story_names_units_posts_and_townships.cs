namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Small-town American news: a military unit is named by its ordinal and its kind of unit ("the 152nd Combat Sustainment Support
/// Battalion"); a veterans' post and a fraternal council by their numbers ("VFW Post 9112", "Knights of Columbus Council 13022"),
/// though a council's count of meetings is no number of its; townships and air force bases are places, and "the Air Base" alone
/// names none.
/// </summary>
public sealed class When_a_small_town_story_names_units_posts_and_townships
{
    private const string Text = """
        Soldiers of the 152nd Combat Sustainment Support Battalion and airmen of the 114th Fighter Wing left on Sunday.
        Members of VFW Post 9112 and Knights of Columbus Council 13022 served breakfast before the send-off.
        Residents of Weller Township voted on the levy, and a crew from Eglin Air Force Base helped clear the road.
        The Security Council met 15 times on the crisis, and drones struck the Air Base twice.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("152nd Combat Sustainment Support Battalion")]
    [InlineData("114th Fighter Wing")]
    [InlineData("VFW Post 9112")]
    [InlineData("Knights of Columbus Council 13022")]
    public void Should_name_the_body_with_its_number(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Weller Township")]
    [InlineData("Eglin Air Force Base")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_not_take_a_count_into_a_council_or_name_a_kind_of_base() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Security Council 15" or "Air Base");
}
