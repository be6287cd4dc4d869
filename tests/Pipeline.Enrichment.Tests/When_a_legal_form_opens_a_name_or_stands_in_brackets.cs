namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Indonesian companies put their legal form first ("PT Semen Gresik"), and state-owned ones add
/// "(Persero)"; South Asian and southern African companies write "(Pvt) Ltd" and "(Pty) Ltd". The
/// whole is one organisation's name: not a person opened by "PT", and no bracketed word left over
/// as a place.
/// </summary>
public sealed class When_a_legal_form_opens_a_name_or_stands_in_brackets
{
    private const string Text = """
        JAKARTA — PT Semen Gresik Makmur signed a supply deal on Tuesday with PT Pelabuhan Nusantara (Persero), the state port operator, and with Karachi-based Indus Cement Works (Pvt) Ltd, while a Johannesburg broker, Mokoena Freight (Pty) Ltd, arranged the shipping.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("PT Semen Gresik Makmur")]
    [InlineData("PT Pelabuhan Nusantara (Persero)")]
    [InlineData("Indus Cement Works (Pvt) Ltd")]
    [InlineData("Mokoena Freight (Pty) Ltd")]
    public void Should_read_the_whole_name_as_an_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Theory]
    [InlineData("Pvt")]
    [InlineData("Ltd")]
    [InlineData("Pty")]
    [InlineData("Persero")]
    public void Should_not_leave_the_legal_form_as_a_name(string word) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == word);
}
