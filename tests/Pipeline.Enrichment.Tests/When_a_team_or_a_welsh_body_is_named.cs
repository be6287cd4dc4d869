namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Teams whose nickname is no plain English plural or whose place no list knows ("Parramatta Eels", "North Queensland Cowboys",
/// "South Sydney Rabbitohs"), and British football clubs ("Dundee United", "Oldham Athletic") are organisations. A Welsh body's
/// name opens with its kind ("Cyngor Gwynedd", "Coleg Menai"), which the tagger reads as a person's first word.
/// </summary>
public sealed class When_a_team_or_a_welsh_body_is_named
{
    private const string Text = """
        The Parramatta Eels beat the North Queensland Cowboys, and the South Sydney Rabbitohs lost at home.

        Dundee United drew with Oldham Athletic in a friendly on Saturday.

        Staff at Coleg Menai were told on Monday. Cyngor Gwynedd said the school would stay open.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Parramatta Eels")]
    [InlineData("North Queensland Cowboys")]
    [InlineData("Dundee United")]
    [InlineData("Oldham Athletic")]
    [InlineData("Coleg Menai")]
    [InlineData("Cyngor Gwynedd")]
    public void Should_name_an_organisation(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_name_no_team_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text.Contains("Rabbitohs", StringComparison.Ordinal));
}
