namespace Pipeline.Enrichment.Tests;

/// <summary>
/// British, Irish and New Zealand regional news: "River Dulnain" is a river, no body; "University Hospital Galway" is a hospital,
/// a place, named by its town after the hospital's word; a Kāi Tahu council ("Kāti Huirapa Rūnaka ki Puketeraki") is a body, no
/// person; "Mid Wales" is a place; Cadw, Sport Ireland and Údarás na Gaeltachta are listed bodies.
/// </summary>
public sealed class When_a_regional_story_names_rivers_hospitals_and_councils
{
    private const string Text = """
        The bait was found on the estate between the River Dulnain and the main road, the court heard.

        Patients waited longest for an appointment at University Hospital Galway, the figures show.

        The university will consult Kāti Huirapa Rūnaka ki Puketeraki before the school closes.

        Objectors in Mid Wales said the turbines would harm the views. Cadw, Sport Ireland and Údarás na Gaeltachta were not asked.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("River Dulnain")]
    [InlineData("University Hospital Galway")]
    [InlineData("Mid Wales")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Kāti Huirapa Rūnaka ki Puketeraki")]
    [InlineData("Cadw")]
    [InlineData("Sport Ireland")]
    [InlineData("Údarás na Gaeltachta")]
    public void Should_name_the_body(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
