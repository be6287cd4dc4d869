namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Small team-written pages for shapes met in the fifth batch of fresh probe pages (FreshPages5):
/// Persian words joined by a zero-width non-joiner, a box of links under its own heading, a
/// standfirst of two sentences set as a heading above the byline, an obituary's guest book, an
/// anchor the page hides, the typo-report notice of Ukrainian and Russian sites, and the lines
/// Instagram sets around an embedded post in Swedish and Dutch, a caption alone in a box with its
/// picture under hashed classes, a Thai byline, and dates heading a table's columns. Embedded posts themselves stay: the clean-dev
/// truth keeps a tweet's text.
/// </summary>
public class When_a_fifth_batch_of_templates_surrounds_the_story
{
    private static CleanedDocument Clean(string html) =>
        new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });

    private const string Story = """
        <p>The council has voted to keep the branch line open for another ten years, after a survey found that two thirds of the people along it wanted the trains to stay.</p>
        <p>Six stations with few passengers will lose their staff, and five of the seven trains will be replaced by new ones that use a third less energy.</p>
        <p>The operator hopes that a tourist train and cheaper tickets for the spa towns along the line will bring in more passengers over the coming years.</p>
        """;

    [Fact]
    public void Should_keep_the_zero_width_non_joiner_that_spells_persian_words()
    {
        var cleaned = Clean("""
            <html lang="fa" dir="rtl"><body><article>
              <p>تراز آب دریاچه ارومیه پس از زمستانی پربارش ۴۲ سانتی‌متر بالا آمده و به بالاترین سطح خود در شش سال گذشته رسیده است.</p>
              <p>کارشناسان محیط زیست هشدار می‌دهند که یک زمستان پربارش برای احیای دریاچه کافی نیست و به چند سال بارش مناسب نیاز است.</p>
              <p>ساکنان روستاهای ساحلی می‌گویند امسال برای نخستین بار پس از سال‌ها، پرندگان مهاجر در نزدیکی روستاهایشان دیده شده‌اند.</p>
            </article></body></html>
            """);
        Assert.Contains("سانتی\u200Cمتر", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("می\u200Cدهند", cleaned.Text, StringComparison.Ordinal);
        // The zero-width space is still dropped: it spells nothing.
        Assert.Equal("ab", TextNormalizer.Normalize("a\u200Bb"));
    }

    [Fact]
    public void Should_drop_the_heading_of_a_box_that_holds_only_links_but_keep_a_section_heading()
    {
        var cleaned = Clean($"""
            <html><body><article>{Story}
              <div class="c-link-list"><h3 class="c-link-list__title">Läs också</h3><ul><li><a href="/a">Rekordmånga anmälda till årets lopp</a></li><li><a href="/b">Snöbristen slår mot turismen i fjällen</a></li></ul></div>
              <p>The first new train is due to arrive in the spring, and the timetable will change in December to add two trains on Sundays.</p>
              <h2>What happens next</h2>
              <p>The operator will publish the new timetable in October, and passengers can comment on it at drop-in sessions in each of the six stations.</p>
            </article></body></html>
            """);
        Assert.DoesNotContain("Läs också", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("What happens next", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_standfirst_of_two_sentences_set_as_a_heading_above_the_byline()
    {
        var cleaned = Clean($"""
            <html><body><main>
              <h1 class="b-headline">Ski race cut by 30 kilometres</h1>
              <div class="b-subheadline"><h2 class="c-heading c-heading--sub">For the first time in its history the race is shortened for lack of snow. The start moves to the village.</h2></div>
              <div class="b-byline"><div class="c-attribution">By Elin Sundqvist</div><div class="c-date">Published 18 Feb 2026</div></div>
              <article class="b-article-body">{Story}</article>
              <aside class="rail"><h2>Most read</h2><ol><li><a href="/x">New bus lines in March</a></li><li><a href="/y">School opening delayed</a></li></ol></aside>
            </main></body></html>
            """);
        Assert.Contains("For the first time in its history the race is shortened", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ski race cut", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_guest_book_under_an_obituary()
    {
        var cleaned = Clean("""
            <html><body><div class="ob-main">
              <section class="ob-story"><div class="ob-story__body">
                <p>Dorothy Whitcombe, who taught fourth grade at Maple Street Elementary School for 34 years, died peacefully at home on February 2, surrounded by her family. She was 87.</p>
                <p>She began teaching at Maple Street in 1962 and stayed until her retirement in 1996. Her classroom was famous for its reading corner, built from an old rowboat.</p>
              </div></section>
              <section class="ob-guestbook"><h2>Sign the guest book</h2><ol class="ob-entries">
                <li class="ob-entry"><p>Mrs. W was my fourth grade teacher in 1971. I still remember the day the butterflies came out of their chrysalises and she let us all stay in at recess to watch.</p><p>Susan Kowalski · February 5, 2026</p></li>
                <li class="ob-entry"><p>She was the kindest teacher I ever had. When my father lost his job she quietly made sure I had a winter coat and never said a word about it to anyone.</p><p>James Pruitt · February 5, 2026</p></li>
                <li class="ob-entry"><p>Dorothy and I taught across the hall from each other for almost twenty years. She was a wise and generous colleague and always had a kind word for a nervous new teacher.</p><p>Linda Marsh · February 5, 2026</p></li>
              </ol></section>
            </div></body></html>
            """);
        Assert.Contains("reading corner, built from an old rowboat", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("kindest teacher", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("butterflies", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_out_an_inline_anchor_the_page_hides()
    {
        var cleaned = Clean($"""
            <html><body><article>{Story}<h2 id="the-figures">The figures<a hidden class="anchor" aria-hidden="true" href="#the-figures">#</a></h2>
              <p>The first new train is due to arrive in the spring, and the timetable will change in December to add two trains on Sundays.</p>
            </article></body></html>
            """);
        Assert.Contains("The figures\n\n", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("#", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_notice_that_asks_readers_to_report_a_typo_with_ctrl_enter()
    {
        var cleaned = Clean($"""
            <html><body><article>{Story}
              <div class="post__notice"><p>Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.</p></div>
            </article></body></html>
            """);
        Assert.Contains("tourist train", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ctrl", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_lines_instagram_sets_around_an_embedded_post_in_swedish_and_dutch()
    {
        var cleaned = Clean($"""
            <html><body><article>{Story}
              <blockquote class="instagram-media"><div><a href="https://www.instagram.com/p/x/">Visa det här inlägget på Instagram</a><p><a href="https://www.instagram.com/p/x/">Sex mil eller nio – jag står på startlinjen ändå.</a></p><p>Ett inlägg delat av Maja Lindgren (@majalindgren_ski)</p></div></blockquote>
              <blockquote class="instagram-media"><div><a href="https://www.instagram.com/p/y/">Bekijk dit bericht op Instagram</a><p>Een bericht gedeeld door Sanne (@sanne.schaatst)</p></div></blockquote>
              <p>The first new train is due to arrive in the spring, and the timetable will change in December to add two trains on Sundays.</p>
            </article></body></html>
            """);
        Assert.Contains("The first new train is due", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ett inlägg delat av", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Een bericht gedeeld door", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Visa det här inlägget", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_a_short_line_alone_in_a_box_with_a_picture_but_keep_a_paragraph_beside_others()
    {
        var cleaned = Clean($"""
            <html><body><article class="css-1x2yz3k">
              <div class="css-0"><span style="display:block"><img src="/haze.jpg" alt=""></span><p class="css-t8yq2a">หมอกควันปกคลุมดอยสุเทพจนมองไม่เห็นจากตัวเมือง</p></div>
              <div class="css-ezj3b4">{Story}<img src="/chart.png" alt=""><p>Trains will run every hour.</p></div>
            </article></body></html>
            """);
        Assert.DoesNotContain("หมอกควัน", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("tourist train", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Trains will run every hour.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_a_thai_byline_with_its_date_and_reading_time()
    {
        var cleaned = Clean($"""
            <html><body><article><div class="css-q7w2re"><span>โดย กองบรรณาธิการ</span><span>14 มี.ค. 2569 08:30 น.</span><span>อ่าน 2 นาที</span></div>{Story}</article></body></html>
            """);
        Assert.DoesNotContain("กองบรรณาธิการ", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("tourist train", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_date_that_heads_a_table_column_but_drop_a_date_line_under_the_headline()
    {
        var cleaned = Clean($"""
            <html><body><article><h1>Reservoirs enter autumn at their lowest level</h1><p class="meta">3 October 2025</p>{Story}
              <table><thead><tr><th>Reservoir</th><th>1 Oct 2025</th><th>1 Oct 2024</th></tr></thead>
              <tbody><tr><td>Mardale Head</td><td>29%</td><td>81%</td></tr><tr><td>Swindale</td><td>31%</td><td>77%</td></tr></tbody></table>
            </article></body></html>
            """);
        Assert.Contains("1 Oct 2025", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("1 Oct 2024", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("3 October 2025", cleaned.Text, StringComparison.Ordinal);
    }
}
