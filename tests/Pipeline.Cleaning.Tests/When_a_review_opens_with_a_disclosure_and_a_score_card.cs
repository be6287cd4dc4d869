namespace Pipeline.Cleaning.Tests;

public class When_a_review_opens_with_a_disclosure_and_a_score_card
{
    private const string Html = """
        <html><head><title>Brightwave Buds 3 review: small, loud and cheap</title></head><body><article>
          <h1>Brightwave Buds 3 review: small, loud and cheap</h1>
          <div class="k8s1q"><p class="page--article--disclosure x1a"><em>If you buy something from a Wiretap link, Northfold Media may earn a commission. <a href="/ethics">See our ethics statement.</a></em></p></div>
          <div class="page--layout--body q2">
            <div class="page--article--review-card z4"><div><span>8</span><span>Wiretap Score</span></div><h3>Brightwave Buds 3</h3>
              <div><a href="https://shop.example/a" rel="sponsored">$59 at Amazon</a></div><p>How we rate and review products</p></div>
            <p>Cheap earbuds used to mean thin sound and a case that felt like it would snap, and for the most part the Buds 3 break that rule in the ways that matter.</p>
            <p>The bass is heavier than it needs to be, but voices on podcasts stay clear, and the noise cancelling takes the edge off a bus engine without quite shutting it out.</p>
            <p>Battery life is the weak point: about five hours with noise cancelling on, which is an hour short of most rivals at the price, though the case holds three more charges.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_affiliate_disclosure_that_names_the_publisher() =>
        Assert.DoesNotContain("may earn a commission", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_score_card() =>
        Assert.DoesNotContain("Wiretap Score", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_rating_note_of_the_score_card() =>
        Assert.DoesNotContain("How we rate", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_start_with_the_first_paragraph_of_the_review() =>
        Assert.StartsWith("Cheap earbuds used to mean", _cleaned.Text, StringComparison.Ordinal);
}
