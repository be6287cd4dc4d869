namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Small team-written pages for general rules: CMS and utility class names that only mention
/// "hidden", and the story's last line above a block of further links.
/// </summary>
public class When_a_page_uses_framework_classes_and_closing_lines
{
    private static CleanedDocument Clean(string html) =>
        new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });

    [Fact]
    public void Should_keep_fields_whose_label_is_hidden_and_boxes_that_hide_their_overflow()
    {
        var cleaned = Clean("""
            <html><body><main><article>
              <h1>Stadtrat beschließt neue Radwege</h1>
              <div class="relative overflow-hidden">
                <div class="field field--name-body field--label-hidden field__item">
                  <p>Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, bis zum Jahr 2026 zwölf Kilometer neue Radwege entlang der Hauptstraßen anzulegen.</p>
                  <p>Die Kosten von rund vier Millionen Euro trägt zur Hälfte das Land, den Rest finanziert die Stadt aus den Einnahmen der Parkgebühren.</p>
                </div>
              </div>
              <div class="hidden"><p>Dieser Text ist auf der Seite nicht zu sehen und gehört zu einem zugeklappten Menü.</p></div>
            </article></main></body></html>
            """);
        Assert.Contains("zwölf Kilometer neue Radwege", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("trägt zur Hälfte das Land", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("zugeklappten Menü", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_closing_line_above_a_related_label_but_drop_a_label_over_its_links()
    {
        var cleaned = Clean("""
            <html><body><article>
              <h1>Zwischenbilanz nach einem Jahr Umbau</h1>
              <p>Frage: Was war die größte Überraschung im ersten Jahr des Umbaus, und was würden Sie heute anders machen?</p>
              <p>Antwort: Dass die Mitarbeitenden viel schneller mitgezogen sind als erwartet. Anders machen würde ich vor allem die Kommunikation nach außen.</p>
              <p>Vielen Dank für das Gespräch!</p>
              <h3>Weiterführende Links:</h3>
              <ul><li><a href="/a">Die Trends im Ladenbau</a></li><li><a href="/b">Kassenloses Bezahlen im Test</a></li></ul>
              <p>Mehr Informationen</p>
              <ul><li><a href="/c">Zur Website des Unternehmens</a></li><li><a href="/d">Alle Interviews im Überblick</a></li></ul>
            </article></body></html>
            """);
        Assert.EndsWith("Vielen Dank für das Gespräch!", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "Mehr Informationen" && r.Reason == "dangling-heading");
    }

    [Fact]
    public void Should_keep_the_described_standfirst_from_a_header_box_named_for_its_share_buttons()
    {
        var cleaned = Clean("""
            <html><head><title>Wärmepumpen im Aufwind</title>
              <meta property="og:description" content="Wärmepumpen sind gefragt wie nie - auch weil das Heizen mit Gas teuer geworden ist. Doch viele Haushalte zögern noch."></head>
            <body><main>
              <div class="article-social-share">
                <a href="/teilen">E-Mail</a>
                <h1>Wärmepumpen im Aufwind</h1>
                <p>Wärmepumpen sind gefragt wie nie - auch weil das Heizen mit Gas teuer geworden ist. Doch viele Haushalte zögern noch.</p>
                <p>06.12.2022</p>
              </div>
              <div class="content">
                <p>Trotz schwieriger Lieferketten hat die Heizungsindustrie im vergangenen Jahr so viele Wärmepumpen verkauft wie nie zuvor, wie der Branchenverband am Montag mitteilte.</p>
                <p>Den größten Zuwachs gab es bei Luft-Wasser-Wärmepumpen, die sich auch in älteren Gebäuden einbauen lassen, wenn die Heizkörper groß genug sind.</p>
                <p>Gasheizungen bleiben trotzdem die häufigste Wahl: Mehr als die Hälfte der neu eingebauten Anlagen verbrennt weiterhin Erdgas, heißt es in dem Bericht.</p>
              </div>
            </main></body></html>
            """);
        Assert.StartsWith("Wärmepumpen sind gefragt wie nie", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("06.12.2022", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_closing_author_section_and_appeals_for_support()
    {
        var cleaned = Clean("""
            <html><body><article>
              <h1>Was das neue Urteil für Nutzer bedeutet</h1>
              <p>Das Gericht hat entschieden, dass Suchmaschinen veraltete Einträge über Privatpersonen auf Antrag aus ihren Trefferlisten entfernen müssen.</p>
              <p>Unklar ist noch, wie schnell die Anbieter solche Anträge bearbeiten werden und ob sie dafür eigene Formulare bereitstellen.</p>
              <p>Wer betroffen ist, sollte den eigenen Namen regelmäßig suchen und die Fundstellen dokumentieren, bevor er einen Antrag stellt.</p>
              <p>Gefällt dir unser Magazin? Dann unterstütze unser Team mit einem kleinen Beitrag, damit wir weiter ohne Bezahlschranke berichten können.</p>
              <div class="box"><div class="label">AUTOR</div><h3>Dr. Jana Weber</h3>
                <p>ist Partnerin einer Kanzlei für Medienrecht in Köln. Zu ihren Schwerpunkten zählen Datenschutz und Persönlichkeitsrecht.</p></div>
            </article></body></html>
            """);
        Assert.EndsWith("bevor er einen Antrag stellt.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "AUTOR" && r.Reason == "author-box");
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Gefällt dir unser Magazin?", StringComparison.Ordinal) && r.Reason is "end-note" or "promo");
    }

    [Theory]
    [InlineData("Zur Einweihung wurde vor dem Rathaus ein kleiner Wald gepflanzt (Foto: Stadt Nordhausen)")]
    [InlineData("Son tres los periodos de vacaciones durante el año escolar. Foto: Andina")]
    [InlineData("Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de")]
    public void Should_drop_a_caption_set_as_a_paragraph_by_the_credit_it_ends_with(string caption)
    {
        var cleaned = Clean($"""
            <html><body><article>
              <h1>Neuer Wald am Rathaus</h1>
              <p>Die Stadt hat am Samstag gemeinsam mit Schulklassen und Vereinen mehr als zweihundert junge Bäume auf der Brachfläche hinter dem Rathaus gepflanzt.</p>
              <p>{caption}</p>
              <p>In zehn Jahren soll dort ein kleiner Stadtwald stehen, der im Sommer Schatten spendet und die Innenstadt spürbar abkühlt, sagte die Bürgermeisterin.</p>
            </article></body></html>
            """);
        Assert.Contains(cleaned.Removed, r => r.Text == caption && r.Reason == "caption");
        Assert.Contains("spürbar abkühlt", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_script_errors_affiliate_notes_and_the_closing_filed_under_line()
    {
        var cleaned = Clean("""
            <html><body><article>
              <h1>Podcasts automatisch laden</h1>
              <p>Warning: Creating default object from empty value in /www/htdocs/site/wp-includes/classes.php on line 407</p>
              <p>Ein kleines Skript lädt neue Episoden jede Nacht herunter, sodass sie morgens auf dem Medienserver bereitliegen und unterwegs abgespielt werden können.</p>
              <p>Der Speicherort der Podcasts wird anschließend als Bibliothek eingebunden und bei jedem Durchlauf automatisch aktualisiert, ohne dass man etwas tun muss.</p>
              <p>Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate Links / Bilder von der Amazon Product Advertising API</p>
              <p>Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials. Kommentare und Pings sind derzeit nicht erlaubt.</p>
            </article></body></html>
            """);
        Assert.StartsWith("Ein kleines Skript", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("ohne dass man etwas tun muss.", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bei diesem Beitrag handelt es sich um ein Blog aus der Leser-Community", "disclosure")]
    [InlineData("Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur und aktuellen Studien.", "disclosure")]
    [InlineData("Werden Sie Mitglied und erhalten Sie exklusive Angebote!", "promo")]
    [InlineData("Unterstütze unser Magazin bereits mit 2,50 Euro!", "promo")]
    [InlineData("Rezept gefallen? Lege alle Zutaten in den Warenkorb und wir liefern sie dir.", "promo")]
    [InlineData("Like recipe? Add the ingredients to your basket and we deliver to you.", "promo")]
    [InlineData("Submit your letter to the editor via this form. Read more letters.", "promo")]
    public void Should_drop_notes_about_the_text_and_membership_appeals_wherever_they_stand(string line, string reason)
    {
        var cleaned = Clean($"""
            <html><body><article>
              <h1>Was bei Erkältung wirklich hilft</h1>
              <p>{line}</p>
              <p>Viel trinken, ausreichend schlafen und die Wohnung regelmäßig lüften: Die meisten Hausmittel lindern die Beschwerden, verkürzen die Erkältung aber kaum.</p>
              <p>Wer länger als eine Woche Fieber hat oder schlecht Luft bekommt, sollte dagegen eine Hausärztin aufsuchen, raten die Fachgesellschaften.</p>
            </article></body></html>
            """);
        Assert.Contains(cleaned.Removed, r => r.Text == line && r.Reason == reason);
    }

    [Theory]
    [InlineData("Quellen ausblenden")]
    [InlineData("Mehr anzeigen")]
    [InlineData("Show less")]
    public void Should_drop_the_labels_of_fold_buttons(string label)
    {
        var cleaned = Clean($"""
            <html><body><article>
              <h1>Warum Sauerkraut der Psyche guttut</h1>
              <p>Fermentierte Lebensmittel stärken die Darmflora, und eine gesunde Darmflora hängt nach mehreren Studien eng mit der psychischen Verfassung zusammen.</p>
              <p>In einer Befragung berichteten Menschen, die häufig fermentierte Lebensmittel aßen, seltener von sozialen Ängsten als die übrigen Teilnehmenden.</p>
              <p>{label}</p>
            </article></body></html>
            """);
        Assert.Contains(cleaned.Removed, r => r.Text == label);
        Assert.EndsWith("als die übrigen Teilnehmenden.", cleaned.Text, StringComparison.Ordinal);
    }
}
