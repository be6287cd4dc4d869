namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Agency copy names a body in full once and by its listed acronym after, without introducing
/// the acronym ("the World Food Programme ... WFP staff"), and puts titles such as "Chairperson"
/// or a hyphenated "Vice-President" before a person's name.
/// </summary>
public sealed class When_listed_acronyms_and_hyphenated_titles_are_used
{
    private const string Text = """
        KAMPALA — The World Food Programme said on Monday it would halve rations in three refugee settlements in northern Uganda after donors cut their pledges.

        WFP country director Hilde Marstrander told reporters that the agency had no stocks left beyond June. Fighters of the Rapid Support Forces were blamed for the flight of most of the refugees, and RSF commanders have denied attacking civilians.

        African Union Commission Chairperson Mahamat Idriss Baraka urged donors to act. European Commission Executive Vice-President Margit Lindqvist said Brussels would add 20 million euros, and Lindqvist promised more later in the year.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("World Food Programme", "WFP")]
    [InlineData("Rapid Support Forces", "RSF")]
    public void Should_group_a_listed_acronym_under_the_full_name_the_text_uses(string fullName, string acronym)
    {
        var body = Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == fullName);
        Assert.Contains(body.Mentions, m => m.Text == acronym);
        Assert.DoesNotContain(Result.Entities, e => e.Text == acronym);
    }

    [Theory]
    [InlineData("Mahamat Idriss Baraka")]
    [InlineData("Margit Lindqvist")]
    public void Should_leave_chairperson_and_hyphenated_vice_titles_out_of_the_name(string name)
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("Chairperson", StringComparison.Ordinal) || e.Text.Contains("Vice-President", StringComparison.Ordinal));
    }
}
