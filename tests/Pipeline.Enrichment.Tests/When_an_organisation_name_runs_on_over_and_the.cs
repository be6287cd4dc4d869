namespace Pipeline.Enrichment.Tests;

/// <summary>
/// After "of", "on" or "for", a body's portfolio may go on over "and the" ("Standing Committee on
/// Transport and the Environment"), but not when what follows is a body of its own ("the Ministry
/// of Finance and the Central Bank"), whether the tagger or the organisation rule ran the two together: a name after
/// "and the" with a body's head word of its own ("the Prairie Pulse Growers Foundation", "the Building Safety Regulator") is
/// a second body.
/// </summary>
public sealed class When_an_organisation_name_runs_on_over_and_the
{
    private const string Text = """
        OSLO — The Select Committee on Energy and the Environment questioned the harbour authority on Thursday about the ferry contract. A report by the Department of Fisheries and the Sea said the catch had fallen for a third year.

        The Ministry of Finance and the Central Bank of Norway will publish their forecasts next week.

        The trial plots were paid for by the Manitoba Ministry of Agriculture and the Prairie Pulse Growers Foundation.
        The landlord had been warned by the Ministry of Housing, Communities and Local Government and the Building Safety Regulator.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Select Committee on Energy and the Environment")]
    [InlineData("Department of Fisheries and the Sea")]
    public void Should_find_the_whole_name_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_keep_two_bodies_joined_by_and_the_apart()
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Ministry of Finance");
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Ministry of Finance and", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Manitoba Ministry of Agriculture")]
    [InlineData("Prairie Pulse Growers Foundation")]
    [InlineData("Ministry of Housing, Communities and Local Government")]
    [InlineData("Building Safety Regulator")]
    public void Should_part_a_second_body_named_with_its_own_head_word(string name)
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains(" and the " + name, StringComparison.Ordinal) || e.Text.StartsWith(name + " and the", StringComparison.Ordinal));
    }
}
