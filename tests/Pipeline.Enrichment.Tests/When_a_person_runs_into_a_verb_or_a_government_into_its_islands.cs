namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "president Hussein Mohammed said Talanta would be ready": the tagger may run a person's name on over the verb after
/// it; a lower-case word that is no particle ("van", "bin", "dos") ends the name. "the Government of Solomon Islands": a
/// government named by its country is an organisation, though the country's last word ("Islands") ends places' names.
/// </summary>
public sealed class When_a_person_runs_into_a_verb_or_a_government_into_its_islands
{
    private const string Text = """
        Football Kenya Federation (FKF) president Hussein Mohammed said Talanta would be "ready before CAF's own deadline," and the Senate was told that the Treasury had released the money.

        The meeting was hosted by the Government of Solomon Islands in Honiara.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_end_the_person_before_the_verb() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Hussein Mohammed");

    [Fact]
    public void Should_take_no_name_over_a_verb() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" said ", StringComparison.Ordinal));

    [Fact]
    public void Should_name_the_government_an_organisation() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Government of Solomon Islands");
}
