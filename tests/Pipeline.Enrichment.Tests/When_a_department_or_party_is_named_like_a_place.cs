namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Canadian departments are named "<field> Canada" ("Agriculture and Agri-Food Canada", "Global Affairs Canada"), Dutch
/// parties and papers by numbers and articles ("Democrats 66", "de Volkskrant"), Australian services by their state
/// ("Ambulance Victoria"). Each is an organisation, listed, though its words read like a place or a person.
/// </summary>
public sealed class When_a_department_or_party_is_named_like_a_place
{
    private const string Text = """
        Officials from Agriculture and Agri-Food Canada and Global Affairs Canada met the growers on Tuesday, while in The Hague the Democrats 66 leader told de Volkskrant that talks would resume, and Ambulance Victoria said two firefighters were treated for burns.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Agriculture and Agri-Food Canada")]
    [InlineData("Global Affairs Canada")]
    [InlineData("Democrats 66")]
    [InlineData("de Volkskrant")]
    [InlineData("Ambulance Victoria")]
    public void Should_name_the_body_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == EntityTypes.Organization);
}
