namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Treasury's Office of Foreign Assets Control", "the County's Department of Parks and Recreation": a body or a place
/// (a body's word such as "Treasury" or "Ministry", or "County", "City", "State") owns a body named in full after the
/// possessive, and the owned body is a name of its own, without the owner; an owner that is a name of its own ("HM
/// Treasury") is one too. "People's Bank of China" and "Prime Minister's Office" keep their possessives: a plain word or a
/// title owns there.
/// </summary>
public sealed class When_a_body_or_a_place_owns_a_body_in_the_possessive
{
    private const string Text = """
        WASHINGTON — The banks were named on Friday by the Treasury's Office of Foreign Assets Control, which froze their assets in the United States. A week earlier, HM Treasury's Office of Financial Sanctions Implementation had listed two of them.

        In Florida, the County's Department of Parks and Recreation closed three beaches, and the Ministry's Internal Audit Directorate opened an inquiry.

        The People's Bank of China cut rates, and the Prime Minister's Office in Islamabad welcomed the move.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Office of Foreign Assets Control")]
    [InlineData("Office of Financial Sanctions Implementation")]
    [InlineData("HM Treasury")]
    [InlineData("Department of Parks and Recreation")]
    [InlineData("Internal Audit Directorate")]
    [InlineData("People's Bank of China")]
    public void Should_find_the_owned_body_as_a_name_of_its_own(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_find_no_name_that_holds_the_owner_s_possessive() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Treasury's") || e.Text.Contains("County's") || e.Text.Contains("Ministry's"));
}
