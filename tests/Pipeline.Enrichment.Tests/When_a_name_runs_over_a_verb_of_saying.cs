namespace Pipeline.Enrichment.Tests;

/// <summary>
/// No name holds "said": a span the tagger ran over a verb of saying is two names. A byline's or a contact line's job title
/// ("Health Correspondent", "Corporate Communications Officer") is no organisation, and a place glued to "-area"
/// ("Philadelphia-area Republicans") is the place.
/// </summary>
public sealed class When_a_name_runs_over_a_verb_of_saying
{
    private const string Text = """
        Kerensa Trewin, Health Correspondent

        The Ministry of Education said Te Puke High School had added river safety to its year 9 programme. Two
        Philadelphia-area Republicans voted against the bill.

        Media contact: Dana Whitfield, Corporate Communications Officer
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Ministry of Education")]
    [InlineData("Te Puke High School")]
    public void Should_name_each_side_of_the_verb(string name) =>
        Assert.Contains(Result.Entities, e => e.Text == name);

    [Fact]
    public void Should_take_no_verb_into_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" said ", StringComparison.Ordinal));

    [Fact]
    public void Should_take_no_job_title_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Organization && (e.Text.EndsWith("Correspondent") || e.Text.EndsWith("Officer")));

    [Fact]
    public void Should_name_the_place_before_area() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Mentions.Any(m => m.Text == "Philadelphia"));
}
