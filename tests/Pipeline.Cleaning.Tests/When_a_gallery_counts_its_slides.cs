namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A gallery story numbers each slide over its picture ("1 / 6", "2/6"): the counter is the
/// slideshow's, set with or without spaces around the slash. A ratio in a sentence stays.
/// </summary>
public class When_a_gallery_counts_its_slides
{
    private const string Html = """
        <html lang="el"><head><title>Το χωριό μία εβδομάδα μετά την πλημμύρα</title></head><body><article>
          <h1>Το χωριό μία εβδομάδα μετά την πλημμύρα</h1>
          <p>Μία εβδομάδα μετά τις καταρρακτώδεις βροχές, οι κάτοικοι της Άνω Ραχούλας προσπαθούν ακόμη να καθαρίσουν τα σπίτια τους από τη λάσπη.</p>
          <div class="gallery-slide"><span class="gallery-slide__counter">1 / 6</span><img src="1.jpg" alt=""></div>
          <div class="gallery-slide"><span class="gallery-slide__counter">2 / 6</span><img src="2.jpg" alt=""></div>
          <div class="gallery-slide"><span class="gallery-slide__counter">3/6</span><img src="3.jpg" alt=""></div>
          <p>Από τα 140 σπίτια του χωριού τα 60 υπέστησαν ζημιές, δηλαδή περίπου 3 / 7 του συνόλου.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("1 / 6")]
    [InlineData("2 / 6")]
    [InlineData("3/6")]
    public void Should_leave_out_the_counter(string counter) =>
        Assert.DoesNotContain(counter, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_a_ratio_in_a_sentence() =>
        Assert.Contains("περίπου 3 / 7 του συνόλου.", _cleaned.Text, StringComparison.Ordinal);
}
