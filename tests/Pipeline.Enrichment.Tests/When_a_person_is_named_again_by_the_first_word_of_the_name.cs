namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Thai names go by the given name ("Mr. Somsak" after Somsak Jaroenporn) and Khmer ones by the
/// family name written first ("Mr. Chea" after Chea Vuthy). Neither is in the name lists, so the
/// short form is the person whose full name it opens, when only one full name in the text does.
/// </summary>
public sealed class When_a_person_is_named_again_by_the_first_word_of_the_name
{
    private const string Text = """
        Thai Commerce Minister Somsak Jaroenporn met Cambodian Senior Minister Chea Vuthy in Siem Reap on Monday to discuss rice exports and border checkpoints.

        Mr. Somsak said both sides had agreed to reopen the crossing at Ban Khlong Luek. Mr. Chea told reporters that Cambodia would cut inspection times for Thai trucks, and Somsak welcomed the offer.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Somsak Jaroenporn", 3)]
    [InlineData("Chea Vuthy", 2)]
    public void Should_count_the_short_form_as_the_full_name(string name, int mentions) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name && e.Mentions.Count == mentions);

    [Theory]
    [InlineData("Somsak")]
    [InlineData("Chea")]
    public void Should_not_keep_the_short_form_as_a_person_of_its_own(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
