namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Minister of Water Resources Nurbek Sadykov said": the tagger may end the person after an
/// unknown given name and leave the surname out. A capitalised word right after a one-word person
/// that ends as Russian, Ukrainian and Central Asian family names do ("-ov", "-eva", "-enko",
/// "-uly") is the rest of the name.
/// </summary>
public sealed class When_the_tagger_stops_before_a_russian_or_central_asian_surname
{
    private const string Text = """
        BISHKEK — Minister of Water Resources Temirbek Sadykov said on Tuesday that the canal would reopen in May. Head of the district administration Gulnara Osmonalieva confirmed the date.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Temirbek Sadykov")]
    [InlineData("Gulnara Osmonalieva")]
    public void Should_take_the_surname_into_the_name(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Temirbek")]
    [InlineData("Gulnara")]
    public void Should_not_leave_the_given_name_alone(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
