namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Small team-written pages for shapes met in the fifth batch of fresh probe pages (FreshPages5):
/// Persian words joined by a zero-width non-joiner, a box of links under its own heading, a
/// standfirst of two sentences set as a heading above the byline, an obituary's guest book, an
/// anchor the page hides, the typo-report notice of Ukrainian and Russian sites, and the lines
/// Instagram sets around an embedded post in Swedish and Dutch. Embedded posts themselves stay:
/// the clean-dev truth keeps a tweet's text.
/// </summary>
public class When_a_fifth_batch_of_templates_surrounds_the_story
{
    private static CleanedDocument Clean(string html) =>
        new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });

    private const string Story = """
        <p>The council has voted to keep the branch line open for another ten years, after a survey found that two thirds of the people along it wanted the trains to stay.</p>
        <p>Six stations with few passengers will lose their staff, and five of the seven trains will be replaced by new ones that use a third less energy.</p>
        <p>The operator hopes that a tourist train and cheaper tickets for the spa towns along the line will bring in more passengers over the coming years.</p>
        """;

    [Fact]
    public void Should_keep_the_zero_width_non_joiner_that_spells_persian_words()
    {
        var cleaned = Clean("""
            <html lang="fa" dir="rtl"><body><article>
              <p>تراز آب دریاچه ارومیه پس از زمستانی پربارش ۴۲ سانتی‌متر بالا آمده و به بالاترین سطح خود در شش سال گذشته رسیده است.</p>
              <p>کارشناسان محیط زیست هشدار می‌دهند که یک زمستان پربارش برای احیای دریاچه کافی نیست و به چند سال بارش مناسب نیاز است.</p>
              <p>ساکنان روستاهای ساحلی می‌گویند امسال برای نخستین بار پس از سال‌ها، پرندگان مهاجر در نزدیکی روستاهایشان دیده شده‌اند.</p>
            </article></body></html>
            """);
        Assert.Contains("سانتی\u200Cمتر", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("می\u200Cدهند", cleaned.Text, StringComparison.Ordinal);
        // The zero-width space is still dropped: it spells nothing.
        Assert.Equal("ab", TextNormalizer.Normalize("a\u200Bb"));
    }
}
