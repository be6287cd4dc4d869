namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Parties, agencies and companies that Irish, Pakistani, Nigerian, Brazilian and Canadian news name
/// without a head word ("Sinn Féin", "Jamaat-e-Islami", "Alstom"): organisations, also where a
/// possessive and a role follow them as they follow a person ("Sinn Féin's housing spokeswoman").
/// </summary>
public sealed class When_parties_and_companies_of_smaller_markets_are_named_bare
{
    private const string Text = """
        Sinn Féin's housing spokeswoman, Orla Ní Bhriain, said the plan came too late. Fianna Fáil and Fine Gael backed the bill in the Dáil on Wednesday.

        In Lahore, Jamaat-e-Islami staged a sit-in outside the power company's offices. The train maker, Alstom, said new wheels would arrive in March.

        The EFCC said it had frozen two accounts, and BNDES said it would lend R$800 million to the port.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Sinn Féin")]
    [InlineData("Fianna Fáil")]
    [InlineData("Fine Gael")]
    [InlineData("Jamaat-e-Islami")]
    [InlineData("Alstom")]
    public void Should_find_the_organisation(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_not_take_a_party_before_a_role_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text.Contains("Féin", StringComparison.Ordinal));
}
