namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A meta line may give the desk, then both when the story was published and when it was last
/// updated, each with its own word ("Haber Merkezi Yayınlanma: 30.11.2026 10:25 Güncelleme:
/// 30.11.2026 11:02", "Published 28/11/2026 09:10 | Updated 28/11/2026 11:45"): stamps, not
/// text. A sentence that gives a date stays.
/// </summary>
public class When_a_meta_line_gives_both_stamps
{
    private const string Html = """
        <html lang="tr"><head><title>Konut kiralarında yıllık artış yüzde 38'e geriledi</title></head><body><article>
          <h1>Konut kiralarında yıllık artış yüzde 38'e geriledi</h1>
          <div class="news-info"><span class="editor">Haber Merkezi</span> <span>Yayınlanma: 30.11.2026 10:25</span> <span>Güncelleme: 30.11.2026 11:02</span></div>
          <div class="info"><span>Published 28/11/2026 09:10</span> | <span>Updated 28/11/2026 11:45</span></div>
          <p>Türkiye genelinde konut kiralarındaki yıllık artış kasım ayında yüzde 38'e geriledi. Bir yıl önce bu oran yüzde 71 seviyesindeydi.</p>
          <p>Rapor 30.11.2026 tarihinde yayınlandı ve 1,2 milyon ilanı kapsıyor.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Yayınlanma")]
    [InlineData("Updated 28/11/2026")]
    public void Should_leave_out_the_meta_line(string stamp) =>
        Assert.DoesNotContain(stamp, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_a_sentence_with_a_date() =>
        Assert.Contains("Rapor 30.11.2026 tarihinde yayınlandı", _cleaned.Text, StringComparison.Ordinal);
}
