namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Vietnamese papers, and letters pages elsewhere, sign a story with the writer's name set flush
/// right under its last paragraph ("<c>&lt;p style="text-align:right"&gt;&lt;strong&gt;Lê Minh Khoa&lt;/strong&gt;</c>"):
/// the name goes. A last paragraph of the story set flush right stays.
/// </summary>
public class When_the_writer_signs_the_story_flush_right
{
    private const string Signed = """
        <html lang="vi"><head><title>Cầu mới nối hai xã ven sông</title></head><body><article>
          <h1>Cầu mới nối hai xã ven sông</h1>
          <p class="Normal">Cây cầu dài 120 m nối hai xã ven sông chính thức thông xe sáng nay, giúp người dân không còn phải đi đò qua sông vào mùa lũ.</p>
          <p class="Normal">Theo ban quản lý dự án, cầu được xây trong 14 tháng với tổng vốn khoảng 60 tỷ đồng từ ngân sách tỉnh.</p>
          <p class="Normal" style="text-align:right;"><strong>Lê Minh Khoa</strong></p>
        </article></body></html>
        """;

    private const string FlushRightEnding = """
        <html lang="vi"><head><title>Cầu mới nối hai xã ven sông</title></head><body><article>
          <h1>Cầu mới nối hai xã ven sông</h1>
          <p class="Normal">Cây cầu dài 120 m nối hai xã ven sông chính thức thông xe sáng nay, giúp người dân không còn phải đi đò qua sông vào mùa lũ.</p>
          <p class="Normal" style="text-align:right;">Theo ban quản lý dự án, cầu được xây trong 14 tháng.</p>
        </article></body></html>
        """;

    private static string Clean(string html) => new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html }).Text;

    [Fact]
    public void Should_remove_the_writers_name() =>
        Assert.DoesNotContain("Lê Minh Khoa", Clean(Signed), StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_last_paragraph() =>
        Assert.EndsWith("từ ngân sách tỉnh.", Clean(Signed), StringComparison.Ordinal);

    [Fact]
    public void Should_keep_a_last_paragraph_set_flush_right() =>
        Assert.EndsWith("cầu được xây trong 14 tháng.", Clean(FlushRightEnding), StringComparison.Ordinal);
}
