namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Words that are also people's titles ("Justice", "General") are words of an organisation's
/// name when its head word follows: "Prosperous Justice Party", "General Elections Commission".
/// A title before a person's name is still left out of it.
/// </summary>
public sealed class When_a_party_or_commission_name_holds_a_title_word
{
    private const string Text = """
        JAKARTA — The governor was backed by the Gerindra party and the Prosperous Justice Party, while the General Elections Commission said on Monday that it had checked every complaint.

        The court's Chief Justice Arief Wicaksono, reading the verdict, said the petition had failed.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Prosperous Justice Party", "Justice Party")]
    [InlineData("General Elections Commission", "Elections Commission")]
    public void Should_keep_the_title_word_in_the_name(string name, string shorter)
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);
        Assert.DoesNotContain(Result.Entities, e => e.Text == shorter);
    }

    [Fact]
    public void Should_still_leave_the_title_out_of_a_persons_name() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Arief Wicaksono");
}
