namespace Pipeline.Cleaning.Tests;

public class When_a_story_header_outside_the_article_names_its_deck
{
    private const string Html = """
        <html><head><title>하천 산책로 4km 새로 열려</title></head><body>
        <header class="site-head"><nav><a href="/">홈</a> <a href="/society">사회</a> <a href="/local">지역</a></nav></header>
        <div class="user-container">
          <header class="article-view-header">
            <div class="article-head-title"><h3 class="heading">하천 산책로 4km 새로 열려</h3><h4 class="subheading">자전거 길과 나눠 보행자 안전 높여<br>야간 조명은 내년 봄 설치</h4></div>
            <div class="info-group"><ul class="infomation"><li>이수진 기자</li><li>입력 2026.10.02 09:10</li></ul></div>
          </header>
          <article class="article-veiw-body">
            <p>군이 하천을 따라 4km 길이의 산책로를 새로 열었다. 보행자 길과 자전거 길을 나누어 주민들이 안전하게 걸을 수 있도록 했다.</p>
            <p>산책로 공사에는 모두 12억 원이 들었으며, 군은 쉼터 다섯 곳과 운동 기구도 함께 설치했다고 밝혔다.</p>
            <p>야간 조명은 예산 문제로 내년 봄에 설치할 예정이며, 그때까지는 해가 진 뒤 이용을 자제해 달라고 군은 당부했다.</p>
          </article>
        </div>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_deck_as_the_story_s_opening() =>
        Assert.StartsWith("자전거 길과 나눠 보행자 안전 높여", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_leave_the_headline_and_the_reporter_line_out()
    {
        Assert.DoesNotContain("새로 열려", _cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("이수진 기자", _cleaned.Text, StringComparison.Ordinal);
    }
}
