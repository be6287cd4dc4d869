namespace Pipeline.Enrichment.Tests;

/// <summary>
/// An organisation's name may run on over "of the" or "for the" after its head word ("Court of
/// Justice of the European Union", "Office for the Coordination of Humanitarian Affairs") and
/// over Spanish "y" ("Sociedad Química y Minera de Chile SA"). A place at the end of such a name
/// ("... for Saving the Aral Sea") does not make it a place. A second "for the" says what a thing is
/// for, and the name ends before it ("a loan with the Asian Bank for Rural Development for the ...").
/// </summary>
public sealed class When_an_organisation_name_runs_on_over_of_the_or_y
{
    private const string Text = """
        SANTIAGO — A lawyer for the miners said the dispute could reach the Court of Justice of the European Union if the European buyers refused to pay. An official of the UN Office for the Coordination of Humanitarian Affairs said the region's water had been overused for decades.

        Shares in Sociedad Química y Minera de Chile SA fell 2% on Tuesday. The International Fund for Saving the Aral Sea has asked for new meters on the main canals.

        The city signed a loan with the Asian Bank for Rural Development for the Kyzylorda Bypass last year.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Court of Justice of the European Union")]
    [InlineData("UN Office for the Coordination of Humanitarian Affairs")]
    [InlineData("Sociedad Química y Minera de Chile SA")]
    [InlineData("International Fund for Saving the Aral Sea")]
    public void Should_find_the_whole_name_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_end_the_name_before_a_second_for_the() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Asian Bank for Rural Development");
}
