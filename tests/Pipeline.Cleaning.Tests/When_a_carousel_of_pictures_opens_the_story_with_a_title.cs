namespace Pipeline.Cleaning.Tests;

/// <summary>
/// An entertainment portal sets a carousel of pictures before the text, titled in a heading of its
/// own ("See the pictures"), each slide with a caption, a credit and a counter, the slides not on
/// show hidden. With the slides gone, the carousel's title has nothing left to name.
/// </summary>
public class When_a_carousel_of_pictures_opens_the_story_with_a_title
{
    private const string Html = """
        <html><head><title>Harbour Lights returns for a third season</title></head><body><main><article>
          <h1>Harbour Lights returns for a third season</h1>
          <div class="content">
            <section class="carrossel"><h2 class="carrossel-title">See the pictures from the new season</h2>
              <ul><li class="slide"><figure><img src="/1.jpg" alt=""><figcaption>Mara Lindqvist as the harbour master</figcaption></figure><span class="photo-credit">Photo: Northlight</span></li>
                <li class="slide" aria-hidden="true"><figure><img src="/2.jpg" alt=""><figcaption>The new lighthouse set on the island</figcaption></figure><span class="photo-credit">Photo: Northlight</span></li></ul></section>
            <p>The drama that made a small fishing town famous will be back in March, its makers said on Thursday, with two new families.</p>
            <p>Filming took place on the island over the summer, and the town's harbour was closed for a week to let the crew build a new quay.</p>
            <p>The second season ended with the lighthouse in flames, and the writers have promised that its keeper's fate will be settled early.</p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_leave_out_the_carousels_title() =>
        Assert.DoesNotContain("See the pictures", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_start_with_the_first_paragraph() =>
        Assert.StartsWith("The drama that made a small fishing town famous", _cleaned.Text, StringComparison.Ordinal);
}
