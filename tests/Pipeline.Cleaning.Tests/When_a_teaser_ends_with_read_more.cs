namespace Pipeline.Cleaning.Tests;

public class When_a_teaser_ends_with_read_more
{
    [Fact]
    public void Should_remove_the_excerpt_of_another_story_under_the_article()
    {
        var html = """
            <html><head><title>Singer shows off her new look</title></head><body><article>
              <h1>Singer shows off her new look</h1>
              <p>The singer posted a photo from her holiday on the island on Sunday, and her fans were quick to notice how much healthier she looks after a difficult year.</p>
              <p>According to friends, she gave up sugar in the spring, started swimming every morning and has been working on new songs with an old band mate.</p>
              <p>Summer means holidays, and the model did not need to be told twice: she is spending the month on a sailing boat in the bay. Take a look! <a href="/model-holiday">Read more</a></p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.DoesNotContain("Summer means holidays", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("has been working on new songs", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_excerpts_when_they_are_all_the_page_has()
    {
        var html = """
            <html><head><title>Press releases</title></head><body><div class="list">
              <p>12.03.2024 | Harbour town (press service) - The ferry company has ordered two electric ferries from a yard on the coast, which will enter service on the island route in two years and cut… <a href="/pr/1">read more…</a></p>
            </div></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Contains("The ferry company has ordered two electric ferries", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_sentence_that_points_further_down_the_same_page()
    {
        var html = """
            <html><head><title>Company pensions</title></head><body><article>
              <h1>Company pensions</h1>
              <p>Since 2019 employers must add fifteen per cent to what their staff pay into a company pension, and from 2022 the rule covers older contracts as well.</p>
              <p>Pensioners also pay no health insurance on the first part of their company pension, so saving this way pays off sooner. For worked examples, read <a href="#examples">further down</a>.</p>
              <p>Anyone who changes jobs often should check whether the pension can move with them, because some schemes charge for a transfer.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Contains("For worked examples, read further down.", cleaned.Text, StringComparison.Ordinal);
    }
}
