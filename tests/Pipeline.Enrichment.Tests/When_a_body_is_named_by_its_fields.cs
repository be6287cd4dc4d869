namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A body named by the fields it covers lists them in its name: "the Geological, Mining and Metallurgical Institute",
/// "Andean Cocoa and Coffee Growers Association", "Bureau of South Asian and Indian Ocean Affairs". The list is part of the
/// name. A list of names before a body is not: "Siemens, Bosch and Volkswagen Group", "talks in Ankara and Qatar National Bank".
/// </summary>
public sealed class When_a_body_is_named_by_its_fields
{
    private const string Text = """
        Samples went to the Geological, Mining and Metallurgical Institute in Lima, and the Andean Cocoa and Coffee Growers Association asked for the results. The Bureau of South Asian and Indian Ocean Affairs followed the talks.

        Shares of Siemens, Bosch and Volkswagen Group fell. After talks in Ankara and Qatar National Bank agreed to lend.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Geological, Mining and Metallurgical Institute")]
    [InlineData("Andean Cocoa and Coffee Growers Association")]
    [InlineData("Bureau of South Asian and Indian Ocean Affairs")]
    public void Should_find_the_body_under_its_whole_name(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Siemens, Bosch and Volkswagen Group")]
    [InlineData("Bosch and Volkswagen Group")]
    [InlineData("Ankara and Qatar National Bank")]
    public void Should_not_join_a_list_of_names(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
