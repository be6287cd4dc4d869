namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A minister's speech as a foreign ministry posts it: the issuing body, the heading that names the
/// kind of document and the speaker ("Remarks by ...", "Keynote Address by ..."), the venue and date, a note that these are excerpts,
/// then the salutations on lines of their own ("Your Excellency, ...;", "Honourable Ministers;",
/// "Distinguished Ladies and Gentlemen.") above the first paragraph. The heading is the title, and
/// the salutations open the speech's text: they are neither headline nor furniture.
/// </summary>
public class When_scraped_text_is_a_speech_with_salutations
{
    private const string Speech = """
        Republic of Westmark
        Ministry of Foreign Affairs

        Keynote Address by the Minister of Foreign Affairs, Ambassador Tomas Ekwueme, at the Opening of the Coastal Security Conference

        Harbour Hall, Westport — 12 November 2026

        (Excerpts)

        Your Excellency, the Secretary-General of the Coastal States Council, Dr. Amara Diallo;
        Honourable Ministers;
        Members of the Diplomatic Corps;
        Distinguished Ladies and Gentlemen.

        Let me begin by thanking the government of Eastmark for its support in preparing this conference, which brings together the coast guards of nine countries for the first time.

        Piracy in our waters fell by half last year, but the smuggling of fuel has grown, and the patrols we share still stop at each other's borders.

        I thank you for your attention.
        """;

    private static readonly CleanedDocument Cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = Speech });

    [Fact]
    public void Should_take_the_heading_that_names_the_speech_for_the_title() =>
        Assert.Equal("Keynote Address by the Minister of Foreign Affairs, Ambassador Tomas Ekwueme, at the Opening of the Coastal Security Conference", Cleaned.Title);

    [Theory]
    [InlineData("Your Excellency, the Secretary-General of the Coastal States Council, Dr. Amara Diallo;")]
    [InlineData("Honourable Ministers;")]
    [InlineData("Members of the Diplomatic Corps;")]
    [InlineData("Distinguished Ladies and Gentlemen.")]
    public void Should_keep_each_salutation_in_the_text(string salutation) =>
        Assert.Contains(salutation, Cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_open_the_text_with_the_salutations() =>
        Assert.StartsWith("Your Excellency,", Cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_whole_speech() =>
        Assert.EndsWith("I thank you for your attention.", Cleaned.Text.TrimEnd(), StringComparison.Ordinal);
}
