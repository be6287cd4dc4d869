namespace Pipeline.Cleaning.Tests;

public class When_a_caption_has_a_box_of_its_own_beside_the_picture
{
    private const string Html = """
        <html><head><title>Night buses return to the valley</title></head><body><article>
          <h1>Night buses return to the valley</h1>
          <p>Night buses will run again between the city and the valley towns from Friday, three years after the service was cut to save money.</p>
          <div class="pic-block"><div class="pic-block__media"><img src="/img/night-bus.jpg" alt=""></div><div class="pic-block__info"><p class="pic-block__text">A night bus waits at the station in Aldbourne.</p><span class="pic-block__credit">Photo: Lena Marsh</span></div></div>
          <p>Buses will leave the city centre every hour from midnight until four in the morning on Fridays and Saturdays, stopping at every town on the valley road.</p>
          <p>The council said it would review the service after six months.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_caption() =>
        Assert.DoesNotContain("A night bus waits at the station", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_paragraphs_around_the_picture()
    {
        Assert.Contains("Night buses will run again", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("stopping at every town on the valley road.", _cleaned.Text, StringComparison.Ordinal);
    }
}
