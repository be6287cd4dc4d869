namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Communiqués name joint bodies by the two countries joined with a dash ("the Azerbaijan–Indonesia Intergovernmental
/// Commission", "the Nigeria–São Tomé and Príncipe Joint Development Authority"): the countries open the body's name and
/// are no place of their own there; a name that ends in "Authority" is a body though it opens with a country. The venue
/// named after a body ("the Melanesian Spearhead Group Building", "the Sipopo Conference Centre") is a place, and the street
/// after "on" is no part of it.
/// </summary>
public sealed class When_two_countries_name_a_joint_body_and_its_venue
{
    private const string Text = """
        The ministers agreed to convene the Azerbaijan–Indonesia Intergovernmental Commission on Economic, Trade and Technical Cooperation in Baku next year. The Equatorial Guinea–Gabon Mixed Commission met at the Sipopo Conference Centre, and the Nigeria–São Tomé and Príncipe Joint Development Authority sent observers. Leaders later met at the Melanesian Spearhead Group Building on Rue d'Auvergne.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Azerbaijan–Indonesia Intergovernmental Commission on Economic, Trade and Technical Cooperation")]
    [InlineData("Equatorial Guinea–Gabon Mixed Commission")]
    [InlineData("Nigeria–São Tomé and Príncipe Joint Development Authority")]
    public void Should_name_the_joint_body_with_both_countries(string body) =>
        Assert.Contains(Result.Entities, e => e.Text == body && e.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("Sipopo Conference Centre")]
    [InlineData("Melanesian Spearhead Group Building")]
    public void Should_name_the_venue_as_a_place(string venue) =>
        Assert.Contains(Result.Entities, e => e.Text == venue && e.Type == EntityTypes.Location);

    [Theory]
    [InlineData("Azerbaijan")]
    [InlineData("Equatorial Guinea")]
    [InlineData("Nigeria")]
    public void Should_not_name_the_first_country_apart(string country) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == country);
}
