namespace Pipeline.Cleaning.Tests;

public class When_a_portal_closes_the_story_with_its_rights_warning_or_disclaimer
{
    private const string TurkishHtml = """
        <html><head><title>Sahil yolunda bisiklet şeridi tamamlandı</title></head><body><article>
          <h1>Sahil yolunda bisiklet şeridi tamamlandı</h1>
          <div class="news-detail__body">
            <p>Belediyenin sahil yolu boyunca yaptığı 6 kilometrelik bisiklet şeridi tamamlandı. Şerit, yaya yolundan alçak bir bordürle ayrıldı.</p>
            <p>Belediye yetkilileri, şeridin önümüzdeki hafta sonu düzenlenecek bir törenle kullanıma açılacağını söyledi.</p>
            <p>Yeni şeridin ikinci etabının gelecek yıl limana kadar uzatılması planlanıyor.</p>
          </div>
          <div class="news-detail__warning">Kıyı Haber'de yayınlanan haberlerin tüm hakları saklıdır. İzin alınmadan kullanılamaz, kaynak gösterilerek dahi alıntı yapılamaz.</div>
        </article></body></html>
        """;

    private const string ChineseHtml = """
        <html><head><title>老城区新增十处口袋公园</title></head><body><div class="article">
          <h1>老城区新增十处口袋公园</h1>
          <div id="artibody">
            <p>　　今年以来，老城区利用闲置空地和街角建设了十处口袋公园，为周边居民提供了散步和休息的地方。</p>
            <p>　　据介绍，这些公园面积不大，但都配有座椅、绿化和照明设施，其中三处还设置了儿童游乐区。</p>
            <p>　　区园林部门表示，明年还将继续在老旧小区周边建设更多口袋公园。</p>
          </div>
          <div class="article-bottom"><p class="statement">免责声明：本文仅代表作者个人观点，与本站无关。其原创性以及文中陈述文字和内容未经本站证实，请读者仅作参考。</p></div>
        </div></body></html>
        """;

    [Fact]
    public void Should_remove_the_turkish_rights_warning()
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = TurkishHtml });
        Assert.EndsWith("limana kadar uzatılması planlanıyor.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_remove_the_chinese_disclaimer()
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = ChineseHtml });
        Assert.EndsWith("建设更多口袋公园。", cleaned.Text, StringComparison.Ordinal);
    }
}
