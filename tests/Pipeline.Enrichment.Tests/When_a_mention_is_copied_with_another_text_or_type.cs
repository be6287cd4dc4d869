namespace Pipeline.Enrichment.Tests;

/// <summary>A mention keeps the name it works out from its text; a copy with another text works out its own, and a copy with another type keeps it.</summary>
public sealed class When_a_mention_is_copied_with_another_text_or_type
{
    [Fact]
    public void Should_name_a_copy_by_its_own_text()
    {
        var joined = new EntitySpan(0, 26, "Tokyo Electron and Micron", EntityTypes.Organization, "tagger");
        Assert.Equal("Tokyo Electron and Micron", joined.Name);
        Assert.Equal("Tokyo Electron", (joined with { End = 14, Text = "Tokyo Electron" }).Name);
    }

    [Fact]
    public void Should_name_a_copy_of_another_type_as_written()
    {
        var organisation = new EntitySpan(0, 30, "Joaquín \"El Chapo\"  Guzmán", EntityTypes.Organization, "tagger");
        Assert.Equal("Joaquín \"El Chapo\" Guzmán", organisation.Name);
        Assert.Equal("Joaquín \"El Chapo\" Guzmán", (organisation with { Type = EntityTypes.Person }).Name);
    }
}
