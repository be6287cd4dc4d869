namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A video player whose box has no telling name leaves its running time on a line of its own
/// ("03:12", "• 1:05:20") and its label ("فيديو | …", "Simak juga Video "…":"); a Persian agency
/// sets its news code ("کد خبر: …") over the story. They go; a sentence with a time in it stays.
/// </summary>
public class When_a_player_leaves_its_running_time_and_label_between_the_paragraphs
{
    private const string Html = """
        <html><head><title>Ferry service returns to the island</title></head><body><article>
          <h1>Ferry service returns to the island</h1>
          <div class="c7"><span>کد خبر: ۵۵۱۲۰۴۸۸</span></div>
          <p>The ferry to the island will run again from Monday after three weeks in dry dock, the operator said, with the first crossing leaving the harbour at 06:30.</p>
          <div class="c9"><div class="c10"><span>03:12</span></div><p>فيديو | الرحلة الأولى بعد الصيانة</p></div>
          <p>Simak juga Video "Kapal Feri Kembali Berlayar":</p>
          <div class="c11"><span>• 1:05:20</span></div>
          <p>Islanders had relied on a smaller boat that carried no cars, and the shop ran short of fresh food twice during the closure.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("03:12")]
    [InlineData("1:05:20")]
    [InlineData("فيديو")]
    [InlineData("Simak juga Video")]
    [InlineData("کد خبر")]
    public void Should_remove_the_players_leftovers(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("the first crossing leaving the harbour at 06:30.")]
    [InlineData("the shop ran short of fresh food twice during the closure.")]
    public void Should_keep_the_story(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
