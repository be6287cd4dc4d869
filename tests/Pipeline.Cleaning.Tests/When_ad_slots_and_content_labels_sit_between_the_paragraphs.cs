namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A newspaper template (Postmedia's, among others) sets an ad slot after every second paragraph:
/// a BEM block named "ad" ("ad__section-border", "ad__inner") with its label and a "this
/// advertisement has not loaded yet, but your article continues below" line, and after the slots a
/// short label paragraph named as one ("article-content__label"). Neither is the story's.
/// </summary>
public class When_ad_slots_and_content_labels_sit_between_the_paragraphs
{
    private const string Html = """
        <html><head><title>Library branch to open Sundays from January</title></head><body><article>
          <h1>Library branch to open Sundays from January</h1>
          <section class="story__body">
            <p>The east-end library branch will open on Sundays from January, the library board decided on Thursday, after a petition signed by more than 1,200 residents.</p>
            <div class="ad__section-border"><div class="ad__inner"><p class="ad__label">Advertisement 3</p><div class="ad__container"></div><p class="ad__placeholder-text">This advertisement has not loaded yet, but your article continues below.</p></div></div>
            <p class="story-text__label">Story text</p>
            <p>The branch will open from noon until five, with two extra part-time staff paid for out of the board's reserve fund for the first year.</p>
            <p class="story-text__label">Story text</p>
            <p>Board chair Marion Teskey said the Sunday hours would be reviewed after six months, once the board knew how many people were using them.</p>
            <div class="gpt-holder"><p>This ad has not loaded yet, but the story continues below.</p></div>
            <p class="story-text__label">Story text</p>
            <p>The main branch downtown has opened on Sundays since 2019 and is among the busiest in the region on weekends, according to the board's annual report.</p>
          </section>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_ad_slot_named_as_a_bem_block() =>
        Assert.DoesNotContain("Advertisement 3", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_not_loaded_placeholder_lines() =>
        Assert.DoesNotContain("has not loaded yet", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_label_paragraphs() =>
        Assert.DoesNotContain("Story text", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_every_paragraph_of_the_story()
    {
        Assert.StartsWith("The east-end library branch", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("two extra part-time staff", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("once the board knew", _cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("according to the board's annual report.", _cleaned.Text, StringComparison.Ordinal);
    }
}
