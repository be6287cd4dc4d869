namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Canadian domestic news: the riding after a member's office and "for" is a place, however it is joined ("MPP for Hamilton
/// Centre", "MLA for Edmonton-Rutherford", "MP for Barrie-Springwater-Oro-Medonte"); a city's ward named by a word is a place; a
/// regional municipality named by its place is a body; a road's number may carry a letter ("Highway 97C"); a name ends before
/// "near" and the town after it is a place; a region's health centre is a hospital, a place; a language is no name.
/// </summary>
public sealed class When_a_canadian_story_names_ridings_and_wards
{
    private const string Text = """
        Jane Doe, the MPP for Hamilton Centre, and John Roe, MLA for Edmonton-Rutherford, spoke first.
        The MP for Barrie-Springwater-Oro-Medonte agreed with them.

        Voters in Rosser Ward chose a new councillor on Monday.

        The Regional Municipality of Wood Buffalo approved the levy. Crews closed Highway 97C east of Merritt, and the Poplar
        River Power Station near Coronach will shut in 2030.

        Patients at the Kitikmeot Regional Health Centre were flown south. The notice was printed in Inuktut and English.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Hamilton Centre")]
    [InlineData("Edmonton-Rutherford")]
    [InlineData("Barrie-Springwater-Oro-Medonte")]
    [InlineData("Rosser Ward")]
    [InlineData("Highway 97C")]
    [InlineData("Coronach")]
    [InlineData("Kitikmeot Regional Health Centre")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_name_the_municipality_a_body() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Regional Municipality of Wood Buffalo");

    [Fact]
    public void Should_end_the_station_before_near() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" near "));

    [Fact]
    public void Should_name_no_language() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Inuktut");
}
