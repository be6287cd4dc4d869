namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Utility-class templates set an editors' note in italics by a class, not an em ("&lt;p
/// class='tw-italic tw-text-sm'&gt;", Bootstrap's "fst-italic"): after the last paragraph, such a
/// line is an end note as an italic one is ("This article was checked by a second member of our
/// team before publication."). An italic paragraph inside the story stays.
/// </summary>
public class When_a_note_is_set_in_italics_by_its_class
{
    private const string Html = """
        <html><head><title>Photo of flooded motorway is from 2019</title></head><body><article class="tw-prose">
          <h1>Photo of flooded motorway is from 2019</h1>
          <p>A photo of cars stranded on a flooded dual carriageway has been shared more than 40,000 times since Friday, with posts saying it shows the M62 during the storm.</p>
          <p class="fst-italic">The image is real, but it is seven years old and shows a different road, the A638 near Doncaster.</p>
          <p>Old pictures often resurface during new storms. If you see a dramatic image, check when it was first posted before you share it.</p>
          <p class="tw-italic tw-text-sm">This article was checked by a second member of our team before publication. Read more about <a href="/how-we-work">how we fact check</a>.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_leave_out_the_note() =>
        Assert.DoesNotContain("checked by a second member of our team", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("The image is real, but it is seven years old")]
    [InlineData("check when it was first posted before you share it.")]
    public void Should_keep_the_story(string sentence) =>
        Assert.Contains(sentence, _cleaned.Text, StringComparison.Ordinal);
}
