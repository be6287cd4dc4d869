namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Keene, N.H.", "Mitchell, S.D.": the Associated Press writes a town with its state's abbreviation after a comma; the
/// abbreviation is the state and the name before it a town, though the tagger reads a town named like a person as one.
/// Where the text also names the state in full, the abbreviation is a mention of it ("Wyoming" and "Wyo." are one place).
/// </summary>
public sealed class When_a_town_is_written_with_its_state_abbreviation
{
    private const string Text = """
        Wyoming troopers said the crash happened near Hudson, Wyo., on Tuesday.
        The driver grew up in Mitchell, S.D., and later moved to Keene, N.H., where he taught school.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Keene")]
    [InlineData("Mitchell")]
    [InlineData("N.H.")]
    [InlineData("S.D.")]
    public void Should_name_the_place(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_make_the_abbreviation_a_mention_of_the_state_the_text_names() =>
        Assert.Equal(2, Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Wyoming").Mentions.Count);
}
