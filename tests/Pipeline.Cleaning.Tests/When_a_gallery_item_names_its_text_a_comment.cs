namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A gallery story sets each picture (loaded later by script, so only a link box stands in the
/// page) with the editors' words about it in a BEM element named "comment"
/// ("gallery__item__comment"): that is the story's text, not a readers' comment. The
/// readers' comments under the story, in their own "comments" section, still go.
/// </summary>
public class When_a_gallery_item_names_its_text_a_comment
{
    private const string Html = """
        <html><head><title>The readers' favourite allotment sheds of the year</title></head><body>
        <div class="gallery">
          <h1>The readers' favourite allotment sheds of the year</h1>
          <div class="gallery__intro">Every spring our readers vote for the sheds they like best. These are this year's winners, from a potting shed in Leeds to a converted railway wagon.</div>
          <div class="gallery__items">
            <div class="gallery__item"><div class="gallery__item__image"><a class="gallery__item__link" href="/photos/shed-leeds-1" style="padding-top:66%"></a><button type="button">Save</button></div>
              <div class="gallery__item__comment">The potting shed on a Leeds allotment won the most votes for the second year running. Its owner built the shelves from old pallets.<br><br>Sheds with a veranda were among the most saved pictures this year, and most of them were built by their owners. <a href="/sheds/veranda">More sheds</a></div></div>
            <div class="gallery__item"><div class="gallery__item__image"><a class="gallery__item__link" href="/photos/wagon-shed-2" style="padding-top:66%"></a><button type="button">Save</button></div>
              <div class="gallery__item__comment">A railway wagon bought at auction now serves as a tool store and a tea room for the whole allotment society.</div></div>
          </div>
        </div>
        <div class="comments"><h3>2 comments</h3>
          <div class="comment"><p>Lovely pictures, but where is the shed from last year's winner in Hull? I was hoping to see it again.</p></div>
        </div>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Its owner built the shelves from old pallets.")]
    [InlineData("Sheds with a veranda were among the most saved pictures this year")]
    [InlineData("now serves as a tool store and a tea room")]
    public void Should_keep_the_text_under_each_picture(string sentence) =>
        Assert.Contains(sentence, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_leave_out_the_readers_comments() =>
        Assert.DoesNotContain("where is the shed from last year's winner", _cleaned.Text, StringComparison.Ordinal);
}
