namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Furniture lines each site words in its own language: "continues after the ad" notes
/// ("Continua após a publicidade", "Continúa después de la publicidad"), read and view counters
/// ("2.417 mal gelesen", "1.384 keer gelezen", "95 views 3 comments"), an Arabic source line
/// ("المصدر: وكالات"), the publisher disowning its writers' views ("Le opinioni espresse …",
/// "Yazarın görüşleri … yansıtmayabilir") and the Persian agencies' "end of message". They go;
/// the story's paragraphs stay.
/// </summary>
public class When_furniture_lines_are_worded_in_other_languages
{
    private const string Story = """
        <html><head><title>Harbour wall to be rebuilt before winter</title></head><body><article>
          <h1>Harbour wall to be rebuilt before winter</h1>
          <p>The council will rebuild the eastern harbour wall before the winter storms, after the survey found that two sections had been undermined by the spring tides.</p>
          <p>{0}</p>
          <p>Work starts on Monday and the slipway will be closed to boats for six weeks while the contractor drives new piles along the old line of the wall.</p>
          <p>{1}</p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("Continua após a publicidade", "")]
    [InlineData("Continúa después de la publicidad", "")]
    [InlineData("2.417 mal gelesen", "")]
    [InlineData("1.384 keer gelezen", "")]
    [InlineData("95 views 3 comments", "")]
    [InlineData("المصدر: وكالات", "")]
    [InlineData("", "Le opinioni espresse in questo articolo sono dell'autore e non impegnano la redazione.")]
    [InlineData("", "Yazarın görüşleri gazetemizin yayın politikasını yansıtmayabilir.")]
    [InlineData("", "انتهای پیام/")]
    public void Should_remove_the_line_and_keep_the_story(string between, string after)
    {
        var text = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = string.Format(Story, between, after) }).Text;
        var line = between.Length > 0 ? between : after;
        Assert.DoesNotContain(line.TrimEnd('/'), text, StringComparison.Ordinal);
        Assert.EndsWith("along the old line of the wall.", text, StringComparison.Ordinal);
        Assert.Contains("undermined by the spring tides.", text, StringComparison.Ordinal);
    }
}
