namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Kilimani MCA Wanjiku Achieng Mwangi": Kenyan news titles a member of a county assembly "MCA" before the name, as it
/// writes "MP". The title is no part of the person's name.
/// </summary>
public sealed class When_a_county_assembly_member_is_titled
{
    private const string Text = """
        The motion was seconded by Kilimani MCA Wanjiku Achieng Mwangi, who said the county had failed to pay contractors for a year.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_person_without_the_title() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Wanjiku Achieng Mwangi");

    [Fact]
    public void Should_not_name_the_title() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("MCA", StringComparison.Ordinal));
}
