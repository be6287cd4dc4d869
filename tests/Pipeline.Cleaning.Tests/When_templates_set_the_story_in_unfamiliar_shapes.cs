namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Small team-written pages for shapes met in a fresh batch of probe pages: headlines set in
/// styled divs, live-blog labels, signup boxes between body sections, galleries told in
/// captions, key points above the body container and pull quotes repeating the text.
/// </summary>
public class When_templates_set_the_story_in_unfamiliar_shapes
{
    private static CleanedDocument Clean(string html) =>
        new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });

    [Fact]
    public void Should_drop_a_headline_set_in_a_styled_div_and_the_label_above_it()
    {
        var cleaned = Clean("""
            <html><head><meta property="og:title" content="Councillors back tram extension despite warnings over cost"></head>
            <body><div class="css-1q2w3e">
              <div class="css-7yh6gt">
                <div class="css-k1ck3r">Transport</div>
                <div class="css-h1x9z2"><span class="css-5tgb6y">Councillors back tram extension despite warnings over cost</span></div>
              </div>
              <div class="css-b0dy1x">
                <div class="css-t3xt9q">City councillors have voted to press ahead with an extension of the tram network to Sheldon Park, despite warnings from the council's own finance officers.</div>
                <div class="css-t3xt9q">The cabinet approved the full business case on Tuesday by seven votes to two. The scheme would add four miles of track and six stops to the east of the centre.</div>
                <div class="css-t3xt9q">The council still needs the Department for Transport to release its share of the money from the city region settlement before work can begin.</div>
              </div>
            </div></body></html>
            """);
        Assert.StartsWith("City councillors have voted", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "Councillors back tram extension despite warnings over cost" && r.Reason == "title");
        Assert.Contains(cleaned.Removed, r => r.Text == "Transport" && r.Reason == "kicker");
    }

    [Fact]
    public void Should_drop_a_live_label_above_a_headline_the_title_tag_words_more_briefly()
    {
        var cleaned = Clean("""
            <html><head><meta property="og:title" content="Temporal en la Comunidad Valenciana, en directo"></head>
            <body><div class="main-col">
              <div class="live-header"><span class="live-badge">EN DIRECTO</span>
                <h1>Temporal en la Comunidad Valenciana, en directo: última hora de las lluvias y carreteras cortadas</h1></div>
              <div class="live-list">
                <p>La Dirección General de Tráfico ha reabierto la autovía A-7 en sentido Alicante entre Xàtiva y Canals, aunque mantiene cortado un carril por el barro.</p>
                <p>Los bomberos del Consorcio Provincial han rescatado a cuatro personas que habían quedado atrapadas en su vehículo al intentar cruzar un paso inundado.</p>
              </div>
            </div></body></html>
            """);
        Assert.StartsWith("La Dirección General de Tráfico", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "EN DIRECTO" && r.Reason == "kicker");
    }

    [Fact]
    public void Should_drop_a_signup_box_between_body_sections_whatever_its_class_names()
    {
        var cleaned = Clean("""
            <html><body><div id="__next">
              <div class="css-b0dy1x">
                <div class="css-t3xt9q">The two councillors who voted against, both from the opposition group, called for the decision to be delayed until the government confirmed its contribution.</div>
                <div class="css-t3xt9q">Councillor Dean Morris said the authority was signing a blank cheque at a time when it was closing libraries across the city.</div>
              </div>
              <div class="css-nw5l7r"><div class="css-nwh3d">Get the Courier Briefing</div>
                <div class="css-nwt3x">The biggest stories from across the city, sent straight to your inbox every weekday morning. It only takes a few seconds to sign up.</div>
                <form class="css-f0rm"><input type="email" placeholder="Enter your email"><button>Sign up</button></form></div>
              <div class="css-b0dy1x">
                <div class="css-t3xt9q">Supporters of the scheme point to the first eastern section of the network, opened in 2022, which carried 30% more passengers in its first year than had been forecast.</div>
                <div class="css-t3xt9q">If funding is confirmed, utility diversion work would begin next spring, with main construction starting the year after.</div>
              </div>
            </div></body></html>
            """);
        Assert.Contains("blank cheque", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("utility diversion work", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Courier Briefing", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("straight to your inbox", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_captions_of_a_gallery_told_in_captions_but_not_their_credits_and_counters()
    {
        var cleaned = Clean("""
            <html><body><div class="page">
              <div class="gallery-head"><h1>Thousands turn out for Lantern Festival parade</h1>
                <p class="gallery-intro">More than 12,000 people lined the streets of Kendal on Saturday evening for the town's Lantern Festival parade.</p></div>
              <div class="gallery">
                <div class="slide"><div class="slide-count">1/4</div><div class="slide-caption"><p>A five-metre salmon made by pupils from Sandgate School led the parade as it set off from Abbot Hall at half past five.</p><span class="credit">Photo: Ellen Marsh</span></div></div>
                <div class="slide"><div class="slide-count">2/4</div><div class="slide-caption"><p>Volunteers from the Kentmere Riverwatch group carried a family of otters, each lit by more than forty small battery lights.</p><span class="credit">Photo: Ellen Marsh</span></div></div>
                <div class="slide"><div class="slide-count">3/4</div><div class="slide-caption"><p>Drummers from the Samba Kendal band kept the procession moving along Highgate, where the crowds were at their thickest.</p><span class="credit">Photo: Ravi Chandran</span></div></div>
                <div class="slide"><div class="slide-count">4/4</div><div class="slide-caption"><p>The evening ended with a fireworks display over Castle Hill, paid for this year by donations from local businesses.</p><span class="credit">Photo: Ravi Chandran</span></div></div>
              </div>
            </div></body></html>
            """);
        Assert.StartsWith("More than 12,000 people", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("family of otters", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("donations from local businesses.", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo:", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2/4", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_captions_of_a_gallery_set_as_figures()
    {
        var cleaned = Clean("""
            <html><body><article><h1>In pictures: the harvest festival</h1>
              <p>Hundreds of people came to the harvest festival on the green this weekend.</p>
              <figure><img src="1.jpg"><figcaption>Children from the village school carried a giant loaf of bread, baked overnight by the bakery on Church Street, around the green.</figcaption></figure>
              <figure><img src="2.jpg"><figcaption>The tug of war between the cricket club and the fire station was won by the firefighters for the third year running.</figcaption></figure>
              <figure><img src="3.jpg"><figcaption>Stalls selling apples, pears and cider from the orchards around the village lined the path down to the pond.</figcaption></figure>
            </article></body></html>
            """);
        Assert.Contains("giant loaf of bread", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("won by the firefighters", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("lined the path down to the pond.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_still_drop_a_single_long_caption_beside_a_story()
    {
        var paragraph = "<p>The council said the repairs to the sea wall would take most of the winter and cost more than had been set aside in the spring budget.</p>";
        var cleaned = Clean($"""
            <html><body><article><h1>Sea wall repairs to take all winter</h1>
              <figure><img src="a.jpg"><figcaption>Workers inspect the damaged section of the sea wall at the north end of the promenade on Tuesday morning, two days after the storm broke through it.</figcaption></figure>
              {paragraph}{paragraph}{paragraph}
            </article></body></html>
            """);
        Assert.DoesNotContain("Workers inspect", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_key_points_listed_between_the_headline_and_the_body_container()
    {
        var cleaned = Clean("""
            <html><head><meta property="og:title" content="Offshore wind zone cleared for first turbines"></head>
            <body><div data-testid="article-container">
              <div data-testid="article-header"><div>Offshore wind zone cleared for first turbines</div><div><span>By Hannah Orr</span></div></div>
              <div data-testid="key-points"><div>Key points</div><ol>
                <li>The first construction approval has been granted in the offshore wind zone.</li>
                <li>The project would have 70 turbines and could power a million homes.</li>
                <li>Fishing groups say the approval ignores their concerns.</li></ol></div>
              <div data-testid="article-body">
                <div>The federal government has approved construction of the first offshore wind farm in the zone, clearing the way for turbines to be installed off the coast.</div>
                <div>The minister's office confirmed on Monday that the project had been assessed under national environment law and approved with 47 conditions.</div>
                <div>The project, about ten kilometres off the coast, would have up to 70 turbines with a combined capacity of 2.2 gigawatts.</div>
              </div>
            </div></body></html>
            """);
        Assert.StartsWith("The first construction approval", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("could power a million homes.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Fishing groups say", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Key points", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_a_pull_quote_that_repeats_the_text_with_its_attribution()
    {
        var cleaned = Clean("""
            <html><body><article><h1>Wind farm approved</h1>
              <p>“This is the day Gippsland has been waiting for,” said Erin Coldham, the project's chief development officer. “The workers who kept the lights on in this state for a century are going to do it again.”</p>
              <div class="sc-jDwBTQ"><div>“The workers who kept the lights on in this state for a century are going to do it again.”</div><div>— Erin Coldham</div></div>
              <p>The Latrobe Valley, just inland from the zone, is home to the state's remaining brown coal power stations, the last of which is due to close in 2035.</p>
              <blockquote><p>Stay away from the cliffs while the turbines are being towed out to sea, the harbour master warned.</p></blockquote>
              <p>Unions have pushed for offshore wind jobs to be offered first to workers from the coal plants, and the developer has said it will run a training scheme.</p>
            </article></body></html>
            """);
        Assert.Contains(cleaned.Removed, r => r.Reason == "pull-quote" && r.Text.StartsWith("“The workers who kept", StringComparison.Ordinal));
        Assert.Contains(cleaned.Removed, r => r.Reason == "pull-quote" && r.Text == "— Erin Coldham");
        Assert.Contains("said Erin Coldham, the project's chief development officer.", cleaned.Text, StringComparison.Ordinal);
        // A quote the text does not repeat is the story's own.
        Assert.Contains("Stay away from the cliffs", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Transport reporter", "byline")]
    [InlineData("Senior political correspondent", "byline")]
    [InlineData("Redacción Diario Costa · Actualizado 21/10/2025 14:20", "byline")]
    [InlineData("Claire Dumas · Publié le 14/02/2025 à 18h30", "byline")]
    [InlineData("Das Wichtigste in Kürze", "label")]
    [InlineData("Key points", "label")]
    [InlineData("Pubblicità", "ad")]
    [InlineData("Ein Beitrag geteilt von Stadt Köln (@stadtkoeln)", "media")]
    [InlineData("3/9", "media")]
    public void Should_take_furniture_lines_for_what_they_are(string line, string reason) =>
        Assert.Equal(reason, BoilerplatePhrases.ReasonFor(line));

    [Theory]
    [InlineData("Letters to the editor")]
    [InlineData("180/132")]
    [InlineData("99 / 106")]
    [InlineData("The report was updated in 2021 after the inquiry.")]
    [InlineData("The figures published on 3 March 2025")]
    public void Should_leave_lines_that_only_look_like_furniture(string line) =>
        Assert.Null(BoilerplatePhrases.ReasonFor(line));
}
