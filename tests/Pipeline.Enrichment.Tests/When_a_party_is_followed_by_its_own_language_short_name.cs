namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the National Awakening Party (Kebangkitan)": after "Party", one word in brackets that is no English word and no list knows
/// is the party's short name in its own language, named once, not a qualifier that tells it from namesakes ("Communist Party
/// of India (Maoist)" keeps its brackets).
/// </summary>
public sealed class When_a_party_is_followed_by_its_own_language_short_name
{
    private const string Text = """
        Deputy speaker Rina Wulandari of the Prosperous Archipelago Party (Sejahtrana) said the bill would return to committee.
        Police blamed the attack on the Communist Party of India (Maoist).
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_party_without_its_short_name() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Prosperous Archipelago Party");

    [Fact]
    public void Should_keep_an_english_qualifier() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Communist Party of India (Maoist)");
}
