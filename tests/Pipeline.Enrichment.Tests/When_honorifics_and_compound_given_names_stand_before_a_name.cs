namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Malaysian and Myanmar honorifics ("Datuk Seri", "Tan Sri", "U", "Daw") stand before a name as a
/// title does and are not part of it. Two first names joined by a hyphen ("Jan-Willem") are one
/// first name, and an Akan day name ("Yaw") is a first name, so the whole name is a person's.
/// </summary>
public sealed class When_honorifics_and_compound_given_names_stand_before_a_name
{
    private const string Text = """
        KUALA LUMPUR — Malaysia's trade minister, Datuk Seri Rahman bin Osman, met Tan Sri Mohd Nizam Yusof and the Myanmar envoy U Thein Zaw Lwin on Tuesday. Daw Khin Mya Aye, a former minister, joined them by video.

        In Amsterdam, campaign director Jan-Willem de Vries said the group would appeal. In Kumasi, union leader Yaw Asare-Boadu said farmers had not been paid.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Rahman bin Osman")]
    [InlineData("Mohd Nizam Yusof")]
    [InlineData("Thein Zaw Lwin")]
    [InlineData("Khin Mya Aye")]
    public void Should_leave_the_honorific_out_of_the_name(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Jan-Willem de Vries")]
    [InlineData("Yaw Asare-Boadu")]
    public void Should_read_the_whole_name_as_a_person(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
}
