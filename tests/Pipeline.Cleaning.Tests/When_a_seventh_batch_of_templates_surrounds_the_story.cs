using Pipeline.Cleaning.Html;

namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Small team-written pages for shapes met in the seventh batch of fresh probe pages (FreshPages7):
/// a page builder that calls every block of the page, the story's text included, a widget, and the
/// media contacts under a statement with the page's topic links below them, and an Indonesian
/// story's closing lines that send readers to the paper's WhatsApp channel and Google News, and a
/// Danish fact box set in an aside between the paragraphs, and a consent notice longer than
/// furniture lines run, in an unnamed box above the page's header, and the line a British local
/// paper sets under a story from the Local Democracy Reporting Service, above its comments.
/// </summary>
public class When_a_seventh_batch_of_templates_surrounds_the_story
{
    private static CleanedDocument Clean(string html) =>
        new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });

    private const string First = "The council has voted to keep the branch line open for another ten years, after a survey found that two thirds of the people along it wanted the trains to stay.";
    private const string Second = "Six stations with few passengers will lose their staff, and five of the seven trains will be replaced by new ones that use a third less energy.";
    private const string Third = "The operator hopes that a tourist train and cheaper tickets for the spa towns along the line will bring in more passengers over the coming years.";

    private static string Widget(string type, string inner) =>
        $"""<div class="elementor-element elementor-widget elementor-widget-{type}" data-element_type="widget"><div class="elementor-widget-container">{inner}</div></div>""";

    [Fact]
    public void Should_keep_a_story_a_page_builder_sets_in_widgets()
    {
        var cleaned = Clean($"""
            <html><body>
              <div class="elementor elementor-location-header"><nav class="elementor-nav-menu"><a href="/">Home</a> <a href="/news">News</a></nav></div>
              <div class="elementor elementor-location-single"><section class="elementor-section"><div class="elementor-container">
                <div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap elementor-element-populated">
                  {Widget("theme-post-title", "<h1>Branch line saved</h1>")}
                  {Widget("theme-post-content", $"""<section class="elementor-section elementor-inner-section"><div class="elementor-widget-wrap">{Widget("text-editor", $"<p>{First}</p><p>{Second}</p>")}{Widget("text-editor", $"<p>{Third}</p>")}</div></section>""")}
                </div></div>
                <div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">
                  {Widget("heading", "<h3>Most read</h3>")}
                  {Widget("posts", """<article class="elementor-post"><h3><a href="/a">Fire at the old mill</a></h3></article><article class="elementor-post"><h3><a href="/b">Bypass closed all weekend</a></h3></article>""")}
                </div></div>
              </div></section></div>
            </body></html>
            """);
        Assert.Contains(First, cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(Third, cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fire at the old mill", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_still_drop_a_theme_sidebar_of_widgets()
    {
        var cleaned = Clean($"""
            <html><body><div class="site-content">
              <main class="content-area"><article><h1>Branch line saved</h1><div class="entry-content"><p>{First}</p><p>{Second}</p><p>{Third}</p></div></article></main>
              <div class="widget-area"><section class="widget widget_text"><div class="textwidget"><p>Our office is open from nine until five on weekdays, and on Saturday mornings until the end of the month.</p></div></section></div>
            </div></body></html>
            """);
        Assert.Contains(Third, cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Our office is open", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_media_contacts_under_a_statement_though_its_topic_links_follow_them()
    {
        // The filters read the blocks the main content holds: here the statement's whole node.
        var blocks = BlockSegmenter.Segment(PageParser.Parse($"""
            <article class="node node--type-press-release">
              <div class="field field--name-body"><p>{First}</p><p>{Second}</p><p>{Third}</p></div>
              <div class="field field--name-field-media-contacts"><h2>For more information, please contact:</h2>
                <div class="paragraph"><p>Rail office: Anna Berg, aberg@rail-example.org, +41 79 285 4366</p><p>Council press office: Tom Hale, press@council-example.gov, +44 20 7946 0018</p></div></div>
              <div class="field field--name-field-topics"><div class="field__label">Topics</div><div class="field__items"><a href="/topics/rail">Rail</a><a href="/topics/transport">Transport</a><a href="/topics/councils">Councils</a></div></div>
            </article>
            """));
        BlockFilter.Apply(blocks, new PageClues("Joint statement on the branch line", [], null, null));
        var kept = string.Join("\n", blocks.Where(b => b.RemovalReason is null).Select(b => b.Text));
        Assert.Contains(Third, kept, StringComparison.Ordinal);
        Assert.DoesNotContain("aberg@rail-example.org", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("press@council-example.gov", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("please contact", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_closing_lines_that_send_readers_to_a_whatsapp_channel_and_google_news()
    {
        var cleaned = Clean("""
            <html><body><article><h1>Pedagang Pasar Ikan Mulai Pindah</h1>
              <div class="read__content">
                <p>Pemerintah kota mulai merelokasi ratusan pedagang pasar ikan ke gedung pasar baru, Senin. Relokasi dilakukan bertahap selama dua pekan agar aktivitas jual beli tidak terganggu.</p>
                <p>Gedung pasar baru berlantai dua itu dibangun dengan anggaran Rp 48 miliar dan mampu menampung 420 lapak yang dilengkapi saluran air dan kotak pendingin bersama.</p>
                <p>Pedagang tidak dipungut biaya sewa selama enam bulan pertama. Setelah itu, retribusinya Rp 15 ribu per hari, sama seperti di pasar lama.</p>
                <div class="follow"><p>Simak berita pilihan dan breaking news kami langsung di ponsel Anda. Pilih saluran favoritmu untuk mengakses WhatsApp Channel Kabar Kota: <a href="https://whatsapp.com/channel/0029Va">https://whatsapp.com/channel/0029Va</a>. Pastikan kamu sudah install aplikasi WhatsApp ya.</p>
                <p>Simak berita terbaru lainnya di <a href="https://news.google.com/publications/x">Google News</a>.</p></div>
                <div class="tag"><h4>Tag</h4><a href="/tag/pasar">Pasar</a><a href="/tag/relokasi">Relokasi</a><a href="/tag/kota">Kota</a></div>
              </div></article></body></html>
            """);
        Assert.Contains("sama seperti di pasar lama.", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("WhatsApp Channel", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Google News", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_fact_box_the_story_sets_in_an_aside()
    {
        var cleaned = Clean($"""
            <html><body><main><article class="article"><h1>Branch line saved</h1>
              <div class="article__body"><p>{First}</p><p>{Second}</p>
                <aside class="fact-box"><h3 class="fact-box__title">Fakta</h3><div class="fact-box__content"><p>The branch line opened in 1872 and carries about 1,900 passengers on a weekday, a third of them pupils going to the two schools in the valley.</p></div></aside>
                <p>{Third}</p></div>
            </article>
            <aside class="more"><h2>Most read</h2><p>The weekend's fire at the old mill was started deliberately, the fire service said on Monday after its investigators had finished.</p></aside>
            </main></body></html>
            """);
        Assert.Contains("carries about 1,900 passengers on a weekday", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(Third, cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("old mill", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We and our partners use cookies and similar technologies to personalise content and ads and to measure audiences. You can change your choice at any time in Privacy settings.")]
    [InlineData("This website uses cookies to improve your experience while you navigate through the website, to analyse our traffic and to show you advertising that is relevant to you.")]
    [InlineData("Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.")]
    [InlineData("Nosotros y nuestros socios utilizamos cookies y tecnologías similares para almacenar y acceder a información en su dispositivo con el fin de mostrar publicidad personalizada.")]
    public void Should_read_a_consent_notice_longer_than_furniture_lines_as_a_cookie_banner(string notice) =>
        Assert.Equal("cookie", BoilerplatePhrases.ReasonFor(notice));

    [Fact]
    public void Should_not_read_a_story_paragraph_about_cookies_as_a_cookie_banner() =>
        Assert.Null(BoilerplatePhrases.ReasonFor("The regulator said the retailer had used cookies to track shoppers across other websites without asking them first, and fined it 2.1 million euros on Tuesday after a two-year investigation."));

    [Fact]
    public void Should_drop_the_local_democracy_reporting_line_under_the_story()
    {
        var cleaned = Clean($"""
            <html><body><div class="story"><h1>Branch line saved</h1><div class="story-content">
              <p>{First}</p><p>{Second}</p><p>{Third}</p>
              <div class="ldr-tagline"><p class="ldr">The Local Democracy Reporting Service is funded by the BBC and used by local newspapers.</p></div>
              <div id="comments" class="comments-block"><h3>2 Comments</h3><ul><li class="post"><p>Ten years is nothing, they said the same in 2012.</p></li><li class="post"><p>Good news for the valley at last.</p></li></ul></div>
            </div></div></body></html>
            """);
        Assert.Contains(Third, cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Local Democracy Reporting Service", cleaned.Text, StringComparison.Ordinal);
    }
}
