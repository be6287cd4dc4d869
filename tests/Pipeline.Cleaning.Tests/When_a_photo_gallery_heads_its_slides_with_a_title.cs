namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A photo gallery between the paragraphs heads its slides with a label and a title in spans that
/// touch ("Photos" "Inside the lock-keeper's cottage": "PhotosInside …") and an expand button;
/// its slides' captions go as captions, and so does the title, though the story's next paragraph
/// follows it. A subhead of the story stays.
/// </summary>
public class When_a_photo_gallery_heads_its_slides_with_a_title
{
    private const string Html = """
        <html><head><title>Canal lock reopens after two-year repair</title></head><body><article><div class="story-text">
          <h1>Canal lock reopens after two-year repair</h1>
          <p>Boats passed through the Carrow flight of locks on Saturday for the first time since a gate collapsed in the spring of 2024, ending a closure that cut the canal in two.</p>
          <h2>Back on the water</h2>
          <p>The trust that runs the canal spent £4.2 million rebuilding the lock walls and fitting new oak gates made at its own workshop.</p>
          <div class="pg-embed"><div class="pg-embed__head"><span>Photos</span><span>Inside the lock-keeper's workshop</span><button>Expand</button></div>
            <div class="pg-embed__track">
              <figure class="pg-embed__slide"><img src="a.jpg" alt=""><figcaption>1 of 3 Carpenters fit a new oak gate to its hinge post at the workshop in Belford.</figcaption></figure>
              <figure class="pg-embed__slide"><img src="b.jpg" alt=""><figcaption>2 of 3 Each gate weighs about three tonnes and takes six weeks to build.</figcaption></figure>
              <figure class="pg-embed__slide"><img src="c.jpg" alt=""><figcaption>3 of 3 The rebuilt lock chamber before it was flooded again in November.</figcaption></figure>
            </div></div>
          <p>Lock-keeper Dale Fenwick said about 40 boats had booked passage in the first week, many of them owners who had been stranded on the wrong side of the closure.</p>
        </div></article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_gallerys_title() =>
        Assert.DoesNotContain("Inside the lock-keeper's workshop", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Back on the water")]
    [InlineData("fitting new oak gates made at its own workshop.")]
    [InlineData("stranded on the wrong side of the closure.")]
    public void Should_keep_the_story(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
