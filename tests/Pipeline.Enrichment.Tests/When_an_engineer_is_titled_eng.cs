namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "H.E. Eng. Khalid Mansour Al-Rawahi": Gulf, Levantine and East African releases title an engineer "Eng." before the
/// name, as they write "Dr.". The abbreviation is no person of its own and no part of the name.
/// </summary>
public sealed class When_an_engineer_is_titled_eng
{
    private const string Text = """
        The Minister of Energy, H.E. Eng. Khalid Mansour Al-Rawahi, opened the new solar plant near Ibri on Tuesday and said the government would tender two more sites before the end of the year.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_person_without_the_title() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Khalid Mansour Al-Rawahi");

    [Fact]
    public void Should_not_take_the_title_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Eng", StringComparison.Ordinal));
}
