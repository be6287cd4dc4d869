namespace Pipeline.Cleaning.Tests;

public class When_an_ad_slot_is_labelled_reklam
{
    private const string Html = """
        <html><head><title>Sahil yolunda bisiklet şeridi uzatılıyor</title></head><body><article>
          <h1>Sahil yolunda bisiklet şeridi uzatılıyor</h1>
          <div class="haber-metni">
            <p>Büyükşehir belediyesi, sahil yolundaki bisiklet şeridini iskele ile balıkçı barınağı arasında dört kilometre daha uzatacak. Çalışmaların mart ayında başlaması bekleniyor.</p>
            <div class="reklam reklam-metin-ici"><span>Reklam</span><div id="slot-metin-1"></div></div>
            <p>Yeni şerit, yaya yolundan alçak bir bordürle ayrılacak ve gece için zemine gömülü lambalarla aydınlatılacak. Belediye, yaz aylarında şeritte hız sınırının saatte 20 kilometre olacağını açıkladı.</p>
            <div class="x91k"><span>Reklame</span><div id="slot-2"></div></div>
            <p>Bisiklet derneği uzatmayı memnuniyetle karşıladı, ancak barınak önündeki kavşakta ek bir ışık istedi.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_ad_labels()
    {
        Assert.DoesNotContain("Reklam\n", _cleaned.Text + "\n", StringComparison.Ordinal);
        Assert.DoesNotContain("Reklame", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_paragraphs_around_them()
    {
        Assert.Contains("dört kilometre daha uzatacak", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("saatte 20 kilometre", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("ek bir ışık istedi.", _cleaned.Text, StringComparison.Ordinal);
    }
}
