namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Japanese and Chinese pages set the reading of a hard word above it in ruby (furigana, pinyin,
/// zhuyin): the rt holds the reading, the rp the brackets a browser without ruby shows. The reading
/// annotates the text; it is not part of the sentence.
/// </summary>
public class When_a_word_carries_its_reading_in_ruby
{
    private const string Html = """
        <html><head><title>給食費、来年度から無償に</title></head><body><article>
          <h1>給食費、来年度から無償に</h1>
          <p>川瀬市議会は28日、市立の小学校と中学校の<ruby>給食費<rp>（</rp><rt>きゅうしょくひ</rt><rp>）</rp></ruby>を来年4月から無償にする条例案を賛成多数で可決した。</p>
          <p><ruby>市長<rt>しちょう</rt></ruby>の田中恵子氏は「子育て世帯の負担を減らしたい」と話した。</p>
          <p>城市的<ruby>地<rt>dì</rt>铁<rt>tiě</rt></ruby>明年通车。</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("市立の小学校と中学校の給食費を来年4月から無償にする条例案を賛成多数で可決した。")]
    [InlineData("市長の田中恵子氏は")]
    [InlineData("城市的地铁明年通车。")]
    public void Should_keep_the_sentence_without_the_readings(string sentence) =>
        Assert.Contains(sentence, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("きゅうしょくひ")]
    [InlineData("しちょう")]
    [InlineData("（")]
    public void Should_leave_out_the_readings_and_their_brackets(string reading) =>
        Assert.DoesNotContain(reading, _cleaned.Text, StringComparison.Ordinal);
}
