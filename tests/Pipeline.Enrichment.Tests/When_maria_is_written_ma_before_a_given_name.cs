namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Philippine usage writes María as "Ma." before a second given name ("Ma. Lourdes", "Ma. Corazon"). The dot ends
/// no sentence there and "Ma." is part of the name; after a surname ("Jack Ma.") it still ends the sentence.
/// </summary>
public sealed class When_maria_is_written_ma_before_a_given_name
{
    private const string Text = """
        The ruling was written by Associate Justice Ma. Lourdes Villanueva-Santos of the appellate court in Cebu City.

        The provincial board, led by Vice Governor Ma. Corazon Bautista-Lim, asked for an audit. The tycoon Jack Ma. He did not comment.

        Her chief of staff, Ma. Elena Tuazon-Rivera, read the statement.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Ma. Lourdes Villanueva-Santos")]
    [InlineData("Ma. Corazon Bautista-Lim")]
    [InlineData("Ma. Elena Tuazon-Rivera")]
    public void Should_keep_ma_in_the_name(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_not_cut_the_name_after_ma() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Lourdes Villanueva-Santos" or "Corazon Bautista-Lim");

    [Fact]
    public void Should_still_end_a_sentence_after_a_surname_ma() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Jack Ma");
}
