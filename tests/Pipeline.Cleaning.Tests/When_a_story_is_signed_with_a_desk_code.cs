namespace Pipeline.Cleaning.Tests;

public class When_a_story_is_signed_with_a_desk_code
{
    private const string Html = """
        <html><head><title>Choir from Nowa Huta sings in the cathedral</title></head><body><article>
          <h1>Choir from Nowa Huta sings in the cathedral</h1>
          <p>The parish choir of Nowa Huta sang the Christmas vigil in the cathedral on Sunday, the first time a choir from the district has been invited to do so in thirty years.</p>
          <p>Its conductor said the forty singers had rehearsed twice a week since September, most of them after their shifts at the steelworks and the hospital.</p>
          <p>The recording of the vigil will be broadcast on the station's evening programme on the first day of the new year.</p>
          <p style="text-align: right;"><strong>KRDM</strong></p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_desk_code_under_the_last_paragraph() =>
        Assert.DoesNotContain("KRDM", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_last_paragraph() =>
        Assert.EndsWith("on the first day of the new year.", _cleaned.Text, StringComparison.Ordinal);
}
