namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A review site sets a card between the standfirst and the body: the score in stars, sub-grades,
/// the tested price, a badge, shop buttons, and often the reviewer's pros and cons. The card
/// ("rating-card", "score-card") is the verdict's picture and the shop's; the pros and cons are
/// the reviewer's judgements in words and stay, without their "Pros" / "Cons" labels.
/// </summary>
public class When_a_review_sets_its_verdict_in_a_rating_card
{
    private const string CarTest = """
        <html><head><title>Test: Halvard Ro – a quiet estate</title></head><body><article>
          <h1>Test: Halvard Ro – a quiet estate with a thirst</h1>
          <p class="ingress">Halvard's new estate is the quietest car in its class, but it drinks more than its rivals on the motorway.</p>
          <section class="rating-card"><div><span>★★★☆☆</span><span>3/5</span></div>
            <ul><li>Comfort <span>4/5</span></li><li>Handling <span>3/5</span></li><li>Space <span>4/5</span></li></ul>
            <p><span>Price as tested:</span> 48 300 euro</p></section>
          <div class="body">
            <p>The Ro is built on the same platform as the smaller Halvard Mo, but it is forty centimetres longer and it shows in the boot.</p>
            <p>On the motorway the cabin is so quiet that the tyres are the loudest thing you hear, even at the top of the speed limit.</p>
            <p>The engine is the weak point: on our test route it used almost a litre more per hundred kilometres than the class average.</p>
          </div>
        </article></body></html>
        """;

    private const string HeadphoneReview = """
        <html><head><title>Kestrel One review</title></head><body><main><article class="review">
          <header><h1>Kestrel One review: the lightest over-ears we have worn</h1>
            <p class="dek">Kestrel's first headphones weigh less than a paperback and sound better than most at twice the price.</p></header>
          <section class="score-card">
            <div class="sc-score"><span>4</span><span>out of 5</span></div><span class="sc-badge">Best Buy</span>
            <div class="sc-pros"><h4>Pros</h4><ul><li>Feather-light headband that never pinches</li><li>Clear, balanced sound out of the box</li></ul></div>
            <div class="sc-cons"><h4>Cons</h4><ul><li>No case in the box</li><li>Average battery life</li></ul></div>
            <div class="shop-widget"><span>Soundhouse</span><span>$199</span><a href="https://shop.example/k1">Buy now at Soundhouse</a></div>
            <a href="#verdict">Jump to verdict</a>
          </section>
          <div class="article-body">
            <p>Kestrel has made speakers for twenty years, and the One is its first attempt at headphones. It has clearly started from comfort.</p>
            <p>At 190 grams the One is lighter than any over-ear model we have tested, and the cushions are deep enough to keep your ears off the drivers.</p>
            <p>The sound is balanced and detailed, with bass that is present without crowding the voices, and the app's equaliser is rarely needed.</p>
          </div>
        </article></main></body></html>
        """;

    private static string Clean(string html) => new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html }).Text;

    [Theory]
    [InlineData("Comfort")]
    [InlineData("3/5")]
    [InlineData("Price as tested")]
    public void Should_leave_out_the_rating_card(string part) =>
        Assert.DoesNotContain(part, Clean(CarTest), StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_standfirst_and_the_body_of_the_test()
    {
        var text = Clean(CarTest);
        Assert.StartsWith("Halvard's new estate is the quietest car", text, StringComparison.Ordinal);
        Assert.Contains("The engine is the weak point", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Feather-light headband that never pinches")]
    [InlineData("No case in the box")]
    [InlineData("Average battery life")]
    public void Should_keep_the_pros_and_cons_of_the_score_card(string judgement) =>
        Assert.Contains(judgement, Clean(HeadphoneReview), StringComparison.Ordinal);

    [Theory]
    [InlineData("out of 5")]
    [InlineData("Best Buy")]
    [InlineData("Pros")]
    [InlineData("Cons")]
    [InlineData("Buy now at Soundhouse")]
    [InlineData("Jump to verdict")]
    public void Should_leave_out_the_rest_of_the_score_card(string part) =>
        Assert.DoesNotContain(part, Clean(HeadphoneReview), StringComparison.Ordinal);
}
