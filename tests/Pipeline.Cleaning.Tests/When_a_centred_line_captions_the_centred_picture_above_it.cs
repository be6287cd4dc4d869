namespace Pipeline.Cleaning.Tests;

public class When_a_centred_line_captions_the_centred_picture_above_it
{
    private const string Html = """
        <html><head><title>我区新开通三条社区公交线路_区政府网站</title></head><body>
        <div class="detail"><h1>我区新开通三条社区公交线路</h1>
        <div class="detail-content"><div class="TRS_Editor">
          <p style="text-indent:2em;">12月1日起，区交通运输局新开通三条社区公交线路，连接12个居住小区、3家医院和2个地铁站，全程票价统一为1元。</p>
          <p align="center"><img src="/uploads/bus-line.jpg" alt=""></p>
          <p align="center">新线路首班车从公交枢纽站发车</p>
          <p style="text-indent:2em;">据介绍，新线路采用小型新能源公交车，早晚高峰发车间隔为10分钟，平峰时段为20分钟。</p>
          <p style="text-align: center;"><img src="/uploads/bus-stop.jpg" alt=""></p>
          <p style="text-align: center;">居民在新设站点候车</p>
          <p style="text-indent:2em;">区交通运输局表示，将根据客流情况适时调整线路走向和班次，并在明年上半年再开通两条线路。</p>
        </div></div></div>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_captions()
    {
        Assert.DoesNotContain("首班车从公交枢纽站发车", _cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("居民在新设站点候车", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_paragraphs_between_the_pictures()
    {
        Assert.Contains("新开通三条社区公交线路，连接12个居住小区", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("早晚高峰发车间隔为10分钟", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("再开通两条线路", _cleaned.Text, StringComparison.Ordinal);
    }
}
