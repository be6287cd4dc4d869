using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_a_story_carries_stamps_labels_and_a_drop_cap
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = StampsAndLabelsPage.Html });

    [Fact]
    public void Should_keep_the_four_paragraphs_only()
    {
        var blocks = _cleaned.Text.Split("\n\n");
        Assert.Equal(4, blocks.Length);
        Assert.All(blocks, block => Assert.True(block.Length > 100, block));
    }

    [Fact]
    public void Should_join_the_drop_cap_to_the_rest_of_its_word()
    {
        Assert.StartsWith("Water bills in Millbrook will rise", _cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_cleaned.Removed, removed => removed.Text == "W");
    }

    [Fact]
    public void Should_keep_a_single_letter_apart_when_the_next_paragraph_starts_a_word_of_its_own()
    {
        var html = """
            <html><body><article>
              <div class="index-letter">B</div>
              <p>Bridges across the river were closed on Sunday while engineers checked the bearings for damage after the flood had gone down.</p>
              <p>The council said the checks would take two days and that the ferry would run every twenty minutes until they were finished.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.DoesNotContain("BBridges", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Bridges across the river", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Millbrook council backs a nine percent rise in water rates for next year", "title")]
    [InlineData("PUBLISHED: March 3, 2025 at 9:12 a.m. | UPDATED: March 3, 2025 at 11:40 a.m.", "byline")]
    [InlineData("Posted: Monday, March 3, 2025. 9:12 am EST.", "byline")]
    [InlineData("Mar. 3, 2025, at 9:12 AM", "date")]
    [InlineData("MORE LOCAL NEWS", "related")]
    [InlineData("Featured image by Dana Whitfield/The Valley Courier.", "credit")]
    [InlineData("1,204 views", "comments")]
    public void Should_remove_each_piece_with_its_reason(string block, string reason) =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == block && removed.Reason == reason);

    [Theory]
    [InlineData("04.03.2025 | 13:10 Uhr | Jana Beispiel")]
    [InlineData("26 de marzo de 2025 1:04 PM")]
    [InlineData("11.09.2024, 16:20 von Jana Beispiel")]
    public void Should_read_a_date_with_its_time_and_author_as_a_stamp(string line)
    {
        var html = $"""
            <html><body><article>
              <p>{line}</p>
              <p>The ferry between the two harbours will run every twenty minutes from Monday, the operator said, after a second boat returned from repairs.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Contains(cleaned.Removed, removed => removed.Text == line && removed.Reason == "date");
    }

    [Theory]
    [InlineData("Anzeige symplr", "ad")]
    [InlineData("Story continues below advertisement", "ad")]
    [InlineData("CONTINUA DEPOIS DA PUBLICIDADE", "ad")]
    [InlineData("Lesezeit: 5 min", "byline")]
    [InlineData("4 min read", "byline")]
    [InlineData("Autor:", "byline")]
    [InlineData("Datum:", "byline")]
    [InlineData("Noch keine Kommentare", "comments")]
    [InlineData("No comments yet", "comments")]
    [InlineData("14 Bilder", "media")]
    [InlineData("À lire aussi :", "related")]
    [InlineData("(Symbolbild)", "credit")]
    [InlineData("Fotos/Illustration: Jana Beispiel", "credit")]
    [InlineData("Seite drucken", "share")]
    [InlineData("Teile mich:", "share")]
    [InlineData("Sieh dir diesen Beitrag auf Instagram an", "media")]
    [InlineData("Mitarbeit: Tomas Weber", "byline")]
    [InlineData("zuletzt überarbeitet am 3. März 2025", "byline")]
    [InlineData("Karte wird geladen - bitte warten...", "nav")]
    [InlineData("Datenschutz-Übersicht", "cookie")]
    [InlineData("Bildnachweis: Jana Beispiel", "credit")]
    [InlineData("Quick View", "nav")]
    [InlineData("ERSCHIENEN IN", "byline")]
    [InlineData("Also read: Harbour board to vote on new ferry fares", "related")]
    [InlineData("Don't miss: the best walks along the river this spring", "related")]
    [InlineData("Get the valley's top stories delivered to your inbox", "promo")]
    public void Should_remove_labels_templates_set_between_paragraphs(string line, string reason)
    {
        var html = $"""
            <html><body><article>
              <p>The ferry between the two harbours will run every twenty minutes from Monday, the operator said, after a second boat returned from repairs.</p>
              <p>{line}</p>
              <p>Passengers with season tickets will be able to use either boat, and the timetable at the pier will be changed by the weekend.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Contains(cleaned.Removed, removed => removed.Text == line && removed.Reason == reason);
        Assert.Equal(2, cleaned.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Should_remove_the_appeal_for_support_below_the_story()
    {
        var html = """
            <html><body><article>
              <p>The ferry between the two harbours will run every twenty minutes from Monday, the operator said, after a second boat returned from repairs.</p>
              <p>Passengers with season tickets will be able to use either boat, and the timetable at the pier will be changed by the weekend.</p>
              <p>Reporting like this takes time, and we need your support to keep doing it.</p>
              <p>Make a contribution today and keep the Valley Courier free for every reader in the district.</p>
              <p>Te necesitamos para seguir contando lo que pasa en el valle.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Equal(2, cleaned.Text.Split("\n\n").Length);
        Assert.Equal(3, cleaned.Removed.Count(removed => removed.Reason == "end-note"));
    }

    [Theory]
    [InlineData("Also on Tuesday, the harbour board agreed to repaint the pier.")]
    [InlineData("Also seen at the pier were two seals and a heron.")]
    public void Should_keep_short_sentences_that_only_start_like_a_label(string line)
    {
        var html = $"""
            <html><body><article>
              <p>The ferry between the two harbours will run every twenty minutes from Monday, the operator said, after a second boat returned from repairs.</p>
              <p>{line}</p>
              <p>Passengers with season tickets will be able to use either boat, and the timetable at the pier will be changed by the weekend.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Contains(line, cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_remove_the_title_of_a_gallery_opener_drawn_as_a_button()
    {
        var html = """
            <html><body><article>
              <p>The ferry between the two harbours will run every twenty minutes from Monday, the operator said, after a second boat returned from repairs.</p>
              <div class="sc-x1" role="button" tabindex="0"><header><h2>In pictures: the valley under water last winter</h2></header></div>
              <p>Passengers with season tickets will be able to use either boat, and the timetable at the pier will be changed by the weekend.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.Equal(2, cleaned.Text.Split("\n\n").Length);
        Assert.Contains(cleaned.Removed, removed => removed.Text == "In pictures: the valley under water last winter" && removed.Reason == "nav");
    }

    [Fact]
    public void Should_remove_a_breadcrumb_run_into_the_headline()
    {
        var html = """
            <html><head><meta property="og:title" content="Ferry to run every twenty minutes from Monday"></head><body><article>
              <div class="crumbs">Home Transport Ferry to run every twenty minutes from Monday</div>
              <p>The ferry between the two harbours will run every twenty minutes from Monday, the operator said, after a second boat returned from repairs.</p>
              <p>Passengers with season tickets will be able to use either boat, and the timetable at the pier will be changed by the weekend.</p>
            </article></body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.StartsWith("The ferry between the two harbours", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, removed => removed.Text.StartsWith("Home Transport", StringComparison.Ordinal) && removed.Reason == "title");
    }
}
