namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Vietnamese places written with their accents look like people's names to the tagger ("Đồng
/// Nai", "Côn Đảo"). A Vietnamese person's name opens with a family name ("Phạm", "Trần", "Bùi");
/// a name in Vietnamese letters that opens with none is a place. A French name with accents is not
/// Vietnamese ("René Lévesque").
/// </summary>
public sealed class When_a_vietnamese_place_is_written_with_its_accents
{
    private const string Text = """
        HANOI — The new airport in Đồng Nai will open next year, and tourists have returned to Côn Đảo. Deputy Minister Trần Văn Đức and Governor Bùi Thị Lan Hương visited both with the Canadian envoy, René Lévesque.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Đồng Nai")]
    [InlineData("Côn Đảo")]
    public void Should_find_the_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Trần Văn Đức")]
    [InlineData("Bùi Thị Lan Hương")]
    [InlineData("René Lévesque")]
    public void Should_keep_the_person(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
}
