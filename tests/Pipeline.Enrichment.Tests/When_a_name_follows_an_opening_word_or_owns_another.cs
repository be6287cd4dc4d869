namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A question word or a preposition that opens a sentence or a headline is capitalised for that, and is no part of the
/// name after it ("Outside Parliament, ...", "- Why Kenya is ..."). A body that owns another, both named with their head
/// words, is two bodies ("the US Commerce Department's Bureau of Industry and Security"), while "People's Bank" and
/// "Prime Minister's Office" stay one name. A brand in lower case opens its company's name ("beIN Sports Network",
/// "adidas AG"), and a legal form alone names no one ("puma SE" leaves no "SE").
/// </summary>
public sealed class When_a_name_follows_an_opening_word_or_owns_another
{
    private const string Text = """
        Outside Parliament, teachers from Suva and Lautoka waved banners. Inside Kenya, the cabinet met until late.

        The US Commerce Department's Bureau of Industry and Security added three Chinese firms to its list, and the Treasury Department's Office of Foreign Assets Control froze their assets. The People's Bank of China made no comment.

        The broadcaster beIN Sports Network and the sportswear maker adidas AG renewed their deals, but puma SE did not.

        Read next
        - Why Kenya is watching the Lamu port again
        - How Ethiopia pays for its railway
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Parliament", EntityTypes.Organization)]
    [InlineData("Kenya", EntityTypes.Location)]
    [InlineData("Ethiopia", EntityTypes.Location)]
    [InlineData("US Commerce Department", EntityTypes.Organization)]
    [InlineData("Bureau of Industry and Security", EntityTypes.Organization)]
    [InlineData("Treasury Department", EntityTypes.Organization)]
    [InlineData("Office of Foreign Assets Control", EntityTypes.Organization)]
    [InlineData("People's Bank of China", EntityTypes.Organization)]
    [InlineData("beIN Sports Network", EntityTypes.Organization)]
    [InlineData("adidas AG", EntityTypes.Organization)]
    public void Should_find_the_name_alone(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Text == name);

    [Fact]
    public void Should_find_no_name_with_the_opening_word_the_owner_or_a_lone_legal_form() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Outside", StringComparison.Ordinal) || e.Text.StartsWith("Inside", StringComparison.Ordinal)
            || e.Text.StartsWith("Why", StringComparison.Ordinal) || e.Text.StartsWith("How", StringComparison.Ordinal) || e.Text.Contains("Department's", StringComparison.Ordinal)
            || e.Text is "SE" or "AG" or "Sports Network");
}
