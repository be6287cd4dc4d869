namespace Pipeline.Cleaning.Tests;

public class When_a_story_is_stamped_in_a_time_element
{
    private const string Html = """
        <html><head><title>Ferry timetable changes for the summer</title></head><body><article>
          <h1>Ferry timetable changes for the summer</h1>
          <div class="stamp"><time datetime="2026-04-08T05:00">8.abr.2026 às 5h00</time></div>
          <div class="c9x"><time datetime="2026-04-15">۲۶ فروردین ۱۴۰۵</time><span>به‌روز شده ۲ ساعت پیش</span></div>
          <p>The island ferry will run two extra crossings on summer weekends from June, the operator said on Tuesday, after last year's queues at the slipway ran to three hours.</p>
          <p>The first boat will leave at <time datetime="06:15">6.15</time> in the morning, and the last return at eleven at night.</p>
          <p>Tickets for the extra crossings go on sale on 2 May.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("8.abr.2026")]
    [InlineData("۱۴۰۵")]
    [InlineData("ساعت پیش")]
    public void Should_remove_the_stamp_whatever_its_format(string stamp) =>
        Assert.DoesNotContain(stamp, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("The first boat will leave at 6.15 in the morning")]
    [InlineData("Tickets for the extra crossings go on sale on 2 May.")]
    public void Should_keep_the_sentences_with_times_and_dates_in_them(string sentence) =>
        Assert.Contains(sentence, _cleaned.Text, StringComparison.Ordinal);
}
