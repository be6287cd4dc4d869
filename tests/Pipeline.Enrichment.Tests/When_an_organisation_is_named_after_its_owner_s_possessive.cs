namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "all from Ceban's National Alternative Movement": the owner's name and its possessive open no organisation's name;
/// where an ordinary word owns ("the People's Bank of China"), the possessive is part of it.
/// </summary>
public sealed class When_an_organisation_is_named_after_its_owner_s_possessive
{
    private const string Text = """
        It won 20 votes in the 51-seat council, all from Ceban's National Alternative Movement (MAN) and a handful of independents.

        The People's Bank of China cut its lending rate on Monday.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("National Alternative Movement")]
    [InlineData("People's Bank of China")]
    public void Should_name_the_organisation_without_its_owner(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_take_no_owner_into_the_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Ceban", StringComparison.Ordinal) && e.Type == EntityTypes.Organization);
}
