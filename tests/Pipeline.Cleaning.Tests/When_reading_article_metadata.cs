namespace Pipeline.Cleaning.Tests;

public class When_reading_article_metadata
{
    private const string Body = """
        <article><p>Die Gemeinde hat am Dienstag beschlossen, das alte Freibad im kommenden Sommer wieder zu öffnen, nachdem ein Förderverein die Sanierung der Becken bezahlt hat.</p>
        <p>Der Bürgermeister dankte den Spendern und kündigte an, die Eintrittspreise für Kinder bis zum Ende der Saison nicht zu erhöhen.</p></article>
        """;

    private static CleanedDocument Clean(string head, string body = Body, string? url = null) =>
        new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = $"<html lang=\"de\"><head>{head}</head><body>{body}</body></html>", Url = url });

    [Fact]
    public void Should_prefer_json_ld_over_meta_tags()
    {
        var cleaned = Clean("""
            <meta property="og:title" content="Freibad öffnet wieder | Lokalblatt">
            <meta property="article:published_time" content="2022-01-01">
            <script type="application/ld+json">{"@type":["NewsArticle"],"headline":"Freibad öffnet wieder","datePublished":"2023-05-02T10:15:00+02:00","author":{"@type":"Person","name":"Petra Lind"},"publisher":{"@type":"Organization","name":"Lokalblatt"}}</script>
            """);
        Assert.Equal("Freibad öffnet wieder", cleaned.Title);
        Assert.Equal("2023-05-02T10:15:00+02:00", cleaned.Published);
        Assert.Equal("Petra Lind", cleaned.Author);
        Assert.Equal("Lokalblatt", cleaned.SiteName);
    }

    [Fact]
    public void Should_take_the_by_off_an_author_tag_that_holds_the_byline() =>
        Assert.Equal("Jana Okoro and Tomás Reyes", Clean("""<meta name="author" content="By Jana Okoro and Tomás Reyes">""").Author);

    [Fact]
    public void Should_fall_back_to_meta_tags_and_the_url()
    {
        var cleaned = Clean("""
            <title>Freibad öffnet wieder</title>
            <meta name="author" content="Petra Lind">
            <meta name="date" content="2023-05-02">
            <meta name="description" content="Die Sanierung ist bezahlt.">
            """, url: "https://lokalblatt.example/ort/freibad");
        Assert.Equal("Freibad öffnet wieder", cleaned.Title);
        Assert.Equal("2023-05-02", cleaned.Published);
        Assert.Equal("Die Sanierung ist bezahlt.", cleaned.Standfirst);
        Assert.Equal("lokalblatt.example", cleaned.SiteName);
        Assert.Equal("https://lokalblatt.example/ort/freibad", cleaned.CanonicalUrl);
        Assert.Equal("de", cleaned.DeclaredLanguage);
    }

    [Fact]
    public void Should_take_the_headline_from_a_title_tag_that_opens_with_the_site_and_section()
    {
        var cleaned = Clean("<title>Lokalblatt - Nachrichten - Freibad öffnet im Sommer wieder</title>",
            "<div><b>Freibad öffnet im Sommer wieder</b><br>von Petra Lind<br>2. Mai 2023</div>" + Body);
        Assert.Equal("Freibad öffnet im Sommer wieder", cleaned.Title);
    }

    [Fact]
    public void Should_drop_the_declared_site_name_from_the_og_title_but_keep_a_dash_of_the_headline()
    {
        Assert.Equal("Freibad öffnet wieder", Clean("""<meta property="og:title" content="Freibad öffnet wieder | Lokalblatt"><meta property="og:site_name" content="Lokalblatt">""").Title);
        Assert.Equal("Freibad - die Saison beginnt", Clean("""<meta property="og:title" content="Freibad - die Saison beginnt">""").Title);
    }

    [Fact]
    public void Should_read_a_written_out_date_from_the_byline()
    {
        var cleaned = Clean("<title>Freibad</title>", "<article><div class=\"info\">Von Petra Lind, 2. Mai 2023</div>" + Body[9..]);
        Assert.Equal("2023-05-02", cleaned.Published);
        Assert.Equal("Petra Lind", cleaned.Author);
        Assert.DoesNotContain("Von Petra Lind", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_never_take_the_date_of_a_comment_or_a_related_link()
    {
        var cleaned = Clean("<title>Freibad</title>", Body + """
            <div class="related"><a href="/x">Hallenbad schließt</a> <time datetime="2021-02-03">3.2.2021</time></div>
            <div class="comments"><p>Endlich! Wir freuen uns riesig auf den Sommer im Freibad mit den Kindern.</p><time datetime="2023-05-04">4. Mai</time></div>
            """);
        Assert.Null(cleaned.Published);
    }
}
