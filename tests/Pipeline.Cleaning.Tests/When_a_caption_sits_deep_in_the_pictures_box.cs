namespace Pipeline.Cleaning.Tests;

public class When_a_caption_sits_deep_in_the_pictures_box
{
    private const string Html = """
        <html><head><title>Allotments get a shared tool shed</title></head><body><article>
          <h1>Allotments get a shared tool shed</h1>
          <div class="post-body">
            <p>Plot holders at the Millbrook allotments can borrow spades, forks and a rotavator from a shared shed from this weekend, after the association won a small grant from the parish council.</p>
            <div class="media-block"><img src="/img/shed.jpg" alt=""><div class="media-block__note"><span class="media-block__text"><p>The new shed beside the main gate.</p></span></div></div>
            <p>Members sign tools out in a book kept on the shelf by the door, and the association's secretary checks the book every Sunday morning.</p>
            <div class="x8Kd2"><div class="q1Lm0"><img src="/img/rotavator.jpg" alt=""></div><span class="z7Pw3">A volunteer tries out the rotavator on an empty plot.</span></div>
            <p>The grant also paid for a water butt and a first-aid kit, and the association hopes to add a wheelbarrow before the spring.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_a_caption_two_boxes_below_the_pictures_box() =>
        Assert.DoesNotContain("The new shed beside the main gate", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_a_caption_set_inline_after_the_pictures_inner_box() =>
        Assert.DoesNotContain("A volunteer tries out the rotavator", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_paragraphs_between_the_pictures()
    {
        Assert.Contains("Plot holders at the Millbrook allotments", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("checks the book every Sunday morning.", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("add a wheelbarrow before the spring.", _cleaned.Text, StringComparison.Ordinal);
    }
}
