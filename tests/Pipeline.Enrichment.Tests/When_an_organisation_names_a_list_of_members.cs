namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Ghana Registered Nurses, Midwives and Technicians Association", "the Joint Committee on Trade, Scientific and
/// Cultural Cooperation": an organisation's name may list what it covers, with commas, before its head word or after
/// "on". A list of plain English words ending in a head word is one name; a list of names ("Google, Apple and Samsung
/// Electronics") is still a list.
/// </summary>
public sealed class When_an_organisation_names_a_list_of_members
{
    private const string Text = """
        The Ghana Registered Nurses, Midwives and Technicians Association called off its strike on Friday.

        Officials will meet at the Joint Committee on Trade, Scientific and Cultural Cooperation in Tbilisi next month.

        Regulators cleared licences for Google, Apple and Samsung Electronics.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Ghana Registered Nurses, Midwives and Technicians Association")]
    [InlineData("Joint Committee on Trade, Scientific and Cultural Cooperation")]
    [InlineData("Google")]
    [InlineData("Samsung Electronics")]
    public void Should_name_the_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
}
