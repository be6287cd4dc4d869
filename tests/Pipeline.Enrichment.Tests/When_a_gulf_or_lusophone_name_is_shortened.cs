namespace Pipeline.Enrichment.Tests;

/// <summary>
/// An Arabic name is named again by the given name and the father's ("Sayyid Khalid bin Nasser" after Khalid bin Nasser
/// Al Busaidi), a Portuguese one by its surnames with the particle capitalised ("Mrs. Da Silva Moreira" after Luísa
/// Helena da Silva Moreira): both are the person named in full. "Sultan" before a given name and "bin" is the ruler's
/// title ("Sultan bin Rashid" is a name). A leader's name before a possessive owns the body after it, which the tagger
/// ran into the person ("Governor Ramiro Quintana's Unidos Defendemos Chubut").
/// </summary>
public sealed class When_a_gulf_or_lusophone_name_is_shortened
{
    private const string Text = """
        The foreign minister of Oman, Sayyid Khalid bin Nasser Al Busaidi, held talks with the Brazilian minister, Luísa Helena da Silva Moreira, in Muscat on Monday. Sayyid Khalid bin Nasser thanked Brazil for its support, and Mrs. Da Silva Moreira invited him to Brasília. His Majesty Sultan Haitham bin Tarik received the delegation, and the merchant Sultan bin Rashid hosted a dinner.

        Lawmakers from Governor Ramiro Quintana's Unidos Defendemos Chubut and allies voted for the port bill on Tuesday after a long debate.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Khalid bin Nasser Al Busaidi", "Khalid bin Nasser")]
    [InlineData("Luísa Helena da Silva Moreira", "Silva Moreira")]
    public void Should_group_the_short_form_under_the_full_name(string name, string shortForm)
    {
        var person = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
        Assert.Contains(person.Mentions, m => m.Text.Contains(shortForm, StringComparison.Ordinal) && m.Text != name);
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text != name && e.Text.Contains(shortForm, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Haitham bin Tarik")]
    [InlineData("Sultan bin Rashid")]
    [InlineData("Ramiro Quintana")]
    public void Should_name_the_person_without_the_title_or_what_they_own(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_name_the_party_the_leader_owns() =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Unidos Defendemos Chubut");
}
