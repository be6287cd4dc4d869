namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Releases from Francophone Africa, the Balkans and the Pacific name companies by French legal forms ("Atlantique Médias
/// SARL", "Meridiam SAS") and two of them with "and" ("Meridiam SAS and SUEZ SA" are two); give addresses with the house
/// number ("Domenico Scarlattilaan 6", "Bulevar Svetog Petra Cetinjskog 1a"), which is no part of the street; name a
/// body's members and the count of its meetings around its name ("NATO Allies", "the 23rd ... Leaders' Summit"), which
/// are no part of the body; and title a UN agency's head "Country Director". A street named after a titled person keeps
/// the title ("Queen Rania Al Abdullah Street").
/// </summary>
public sealed class When_companies_streets_and_members_are_named_in_a_release
{
    private const string Text = """
        The plant was built by Meridiam SAS and SUEZ SA, and a stake is held by Atlantique Médias SARL. The ministry at Bulevar Svetog Petra Cetinjskog 1a and the agency at Domenico Scarlattilaan 6 in Amsterdam both said NATO Allies had met at the 23rd Melanesian Spearhead Group Leaders' Summit, WFP Country Director Laurent Bukera said. Traffic was closed on Queen Rania Al Abdullah Street.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Meridiam SAS", EntityTypes.Organization)]
    [InlineData("SUEZ SA", EntityTypes.Organization)]
    [InlineData("Atlantique Médias SARL", EntityTypes.Organization)]
    [InlineData("Bulevar Svetog Petra Cetinjskog", EntityTypes.Location)]
    [InlineData("Domenico Scarlattilaan", EntityTypes.Location)]
    [InlineData("NATO", EntityTypes.Organization)]
    [InlineData("Melanesian Spearhead Group", EntityTypes.Organization)]
    [InlineData("WFP", EntityTypes.Organization)]
    [InlineData("Laurent Bukera", EntityTypes.Person)]
    [InlineData("Queen Rania Al Abdullah Street", EntityTypes.Location)]
    public void Should_name_it_without_what_stands_around_it(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == type);

    [Theory]
    [InlineData(" and ")]
    [InlineData("Leaders")]
    [InlineData("Allies")]
    [InlineData("Country")]
    [InlineData("1a")]
    public void Should_not_take_it_into_a_name(string word) =>
        Assert.DoesNotContain(Result.Entities, e => e.Type is EntityTypes.Organization or EntityTypes.Location or EntityTypes.Person && e.Text.Contains(word, StringComparison.Ordinal));
}
