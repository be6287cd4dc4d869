namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A conglomerate's officers carry the group in their titles ("Group Managing Director", "Group Chief Executive"). The title
/// is no organisation's name: the company comes after "of".
/// </summary>
public sealed class When_a_group_title_stands_before_a_company
{
    private const string Text = """
        KUALA LUMPUR: Kamal Hisham, Group Managing Director of Selangor Engineering Bhd, said the contractor would lead the work. Aisyah Rahman, Group Chief Executive of Pelangi Holdings, agreed.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_not_take_the_title_for_an_organisation() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Group", StringComparison.Ordinal));

    [Theory]
    [InlineData("Aisyah Rahman", EntityTypes.Person)]
    [InlineData("Pelangi Holdings", EntityTypes.Organization)]
    public void Should_keep_the_person_and_the_company(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == type);
}
