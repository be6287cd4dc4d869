namespace Pipeline.Cleaning.Tests;

public class When_a_book_review_closes_with_the_book_s_publication_details
{
    private const string German = """
        <html><head><title>Ein Leuchtturmwärter erzählt vom Wind</title></head><body><article>
          <h1>Ein Leuchtturmwärter erzählt vom Wind</h1>
          <div class="article-body">
            <p>Dreißig Jahre lang hat Henrik Olsen das Feuer auf der Insel Sandholm versorgt. In seinem ersten Buch erzählt er von Stürmen, Schiffen und den langen Nächten allein auf dem Turm.</p>
            <p>Olsen schreibt knapp und ohne Pathos. Die stärksten Kapitel sind jene, in denen er die Winter beschreibt, in denen die Fähre wochenlang nicht anlegen konnte.</p>
            <p>Wer das Meer mag, wird das Buch kaum aus der Hand legen. Wer es nicht mag, versteht danach zumindest, warum andere es tun.</p>
            <p><em>Das Buch „Die Nächte am Feuer“ von Henrik Olsen ist im Nordlicht Verlag erschienen, 240 Seiten, 22 Euro.</em></p>
            <p><em>Dieser Artikel erschien zuerst in der Wochenendausgabe.</em></p>
          </div>
        </article></body></html>
        """;

    private const string English = """
        <html><head><title>A lighthouse keeper's winters</title></head><body><article>
          <h1>A lighthouse keeper's winters</h1>
          <div class="article-body">
            <p>For thirty years Henry Oldfield kept the light on Sand Holm. His first book tells of storms, ships and the long nights alone in the tower.</p>
            <p>Oldfield writes plainly and without fuss. The strongest chapters describe the winters when the ferry could not land for weeks at a time.</p>
            <p>Anyone who loves the sea will find it hard to put down; anyone who does not will at least understand why others do.</p>
            <p><em>‘Nights by the Light’ by Henry Oldfield is published by Harbour Books at £16.99.</em></p>
            <p><em>This article appeared in print in the weekend edition.</em></p>
          </div>
        </article></body></html>
        """;

    private static string Clean(string html) => new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html }).Text;

    [Fact]
    public void Should_keep_where_the_book_is_published_as_the_review_s_last_line() =>
        Assert.Contains("ist im Nordlicht Verlag erschienen, 240 Seiten, 22 Euro.", Clean(German), StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_english_publisher_and_price_line() =>
        Assert.Contains("is published by Harbour Books at £16.99.", Clean(English), StringComparison.Ordinal);

    [Fact]
    public void Should_still_remove_the_note_on_where_the_review_appeared()
    {
        Assert.DoesNotContain("Dieser Artikel erschien zuerst", Clean(German), StringComparison.Ordinal);
        Assert.DoesNotContain("appeared in print", Clean(English), StringComparison.Ordinal);
    }
}
