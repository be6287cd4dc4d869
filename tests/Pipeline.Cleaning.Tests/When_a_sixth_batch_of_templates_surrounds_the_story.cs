namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Small team-written pages for shapes met in the sixth batch of fresh probe pages (FreshPages6):
/// a community forum thread under a local story, longer than the story itself, and the paragraphs
/// a paywalled page declares as its locked part (schema.org hasPart with a cssSelector) in a box
/// named for the paywall, and a standfirst its template names as such but sets apart from the body
/// (a lead paragraph in a row of its own on a government page, a Korean subheading above the byline),
/// a match report between the teams' line-ups and the league table, and the closing line that asks
/// readers to follow the paper on Google News (here in Bengali).
/// </summary>
public class When_a_sixth_batch_of_templates_surrounds_the_story
{
    private static CleanedDocument Clean(string html) =>
        new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });

    private const string Story = """
        <p>The council has voted to keep the branch line open for another ten years, after a survey found that two thirds of the people along it wanted the trains to stay.</p>
        <p>Six stations with few passengers will lose their staff, and five of the seven trains will be replaced by new ones that use a third less energy.</p>
        <p>The operator hopes that a tourist train and cheaper tickets for the spa towns along the line will bring in more passengers over the coming years.</p>
        """;

    [Fact]
    public void Should_drop_a_forum_thread_that_outweighs_the_story_above_it()
    {
        var cleaned = Clean($"""
            <html><body><div class="wrap">
              <article class="news-item"><h1>Branch line saved</h1><div class="news-item__text">{Story}</div></article>
              <section class="topic-thread"><h2>Community discussion (31)</h2>
                <div class="topic-post"><div class="topic-meta"><span>ruth_h</span><span>3 Jun</span></div><div class="cooked"><p>Ten years is nothing. They said the same thing in 2012 and then cut the Sunday service within two years, so I will believe it when I see the new trains.</p></div></div>
                <div class="topic-post"><div class="topic-meta"><span>stationmaster</span><span>3 Jun</span></div><div class="cooked"><p>Losing the staff at the small stations worries me far more than the trains. Who is going to help people with pushchairs and wheelchairs onto the platform at night?</p></div></div>
                <div class="topic-post"><div class="topic-meta"><span>peter_g</span><span>4 Jun</span></div><div class="cooked"><p>Cheaper tickets to the spa towns would be lovely, but the last train back leaves at half past seven, which makes an evening out impossible for anyone without a car.</p></div></div>
                <div class="topic-post"><div class="topic-meta"><span>ruth_h</span><span>4 Jun</span></div><div class="cooked"><p>@peter_g exactly, and the survey never asked about evening trains. I filled it in and there was no question about times at all, only about whether we wanted the line.</p></div></div>
              </section>
            </div></body></html>
            """);
        Assert.Contains("will bring in more passengers over the coming years.", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sunday service", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Community discussion", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_paragraphs_the_page_declares_as_its_paywalled_part()
    {
        var cleaned = Clean($$$"""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Branch line saved","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article-premium"}}</script></head>
            <body><article>
              <h1>Branch line saved</h1>
              <div class="article-body">{{{Story}}}
                <div class="article-premium paywall-fade"><p>The first new train is due to arrive in the spring, and the timetable will change in December to add two trains on Sundays.</p></div>
              </div>
              <div class="paywall"><h2>Subscribe to continue reading</h2><p>This article is for subscribers. Get unlimited access to our local journalism.</p><a href="/subscribe">Subscribe now</a></div>
            </article></body></html>
            """);
        Assert.Contains("add two trains on Sundays.", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe to continue reading", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_named_standfirst_set_apart_from_the_body()
    {
        var government = Clean($"""
            <html><body><main>
              <div class="grid-row"><div class="grid-column-two-thirds"><span class="title-context">Press release</span><h1 class="title-text">Branch line saved</h1>
                <p class="gem-c-lead-paragraph">The line will stay open for ten years, and five of its seven trains will be replaced by new ones that use less energy.</p></div>
                <div class="grid-column-one-third"><img src="/line.jpg" alt=""></div></div>
              <div class="grid-row"><div class="grid-column-two-thirds">
                <div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/dft">Department for Transport</a></dd><dt>Published</dt><dd>12 March 2026</dd></dl></div>
                <figure><img src="/station.jpg" alt=""><figcaption><p>The station at Kirkby Thore.</p></figcaption></figure>
                <div class="govspeak-wrapper"><div class="govspeak">{Story}</div></div>
              </div></div>
            </main></body></html>
            """);
        Assert.StartsWith("The line will stay open for ten years", government.Text, StringComparison.Ordinal);

        var korean = Clean($"""
            <html><body><div id="container">
              <div class="article-view-head"><h3 class="heading">Branch line saved</h3>
                <h4 class="subheading">Five of seven trains to be replaced, six small stations lose their staff</h4>
                <ul class="infomation"><li>Reporter Kim</li><li>2026.02.19 17:42</li></ul></div>
              <article id="article-view-content-div" class="article-veiw-body">{Story}</article>
            </div></body></html>
            """);
        Assert.StartsWith("Five of seven trains to be replaced", korean.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_the_line_ups_and_the_league_table_beside_a_match_report_out()
    {
        var cleaned = Clean("""
            <html><body><main class="content">
              <div class="match-header"><div class="match-header__comp">Northern Premier League · Saturday 14 March 2026 · Wetherby Road</div>
                <div class="match-header__score"><span>Harrowgate Town</span><span>3 - 1</span><span>Castleford Rovers</span></div></div>
              <article id="report" class="report"><h1>Late double sends Town top as Rovers fade</h1><div class="report__body">
                <p>Harrowgate Town went top of the Northern Premier League for the first time this season after two goals in the last seven minutes saw off a Castleford Rovers side who had looked the more likely winners for much of the second half.</p>
                <p>Callum Tait then made certain in stoppage time, breaking away after Rovers had sent everyone forward for a free-kick and rolling the ball into an empty net.</p>
                <p>"We rode our luck at times, I won't pretend otherwise," said Town manager Gary Mellor. "But the subs changed it. That's what a squad is for, and the lads who came on were outstanding."</p>
                <p>Rovers boss Dean Ashworth was left to rue the chances his side missed. "We hit the bar, we had a stonewall penalty, and we gave away two goals we shouldn't have," he said. "That's football at this level."</p>
                <p>Town travel to Guiseley on Tuesday night. Rovers, now fifth, host Whitby on Saturday.</p>
              </div></article>
              <section id="lineups" class="lineups"><h2>Line-ups</h2>
                <div class="lineups__team"><h3>Harrowgate Town</h3><p>Prest; Hughes, Adeyemi, Barker, Cole; Fenwick (Lindqvist 74), Doyle, Marsh (Tait 70); Okafor, Rooney (Sharp 78), Grant. Subs not used: Kay, Moss.</p></div>
                <div class="lineups__team"><h3>Castleford Rovers</h3><p>Lund; Pickering, Shaw, Ndiaye, Frost; Clough, Haigh, Walsh; Benn, Ryder (Hurst 80), Lister. Subs not used: Jagger, Hale, Brook.</p></div>
                <p class="lineups__ref">Referee: Mark Dunwell</p>
              </section>
              <section class="league-table"><h2>Northern Premier League table</h2><table><tr><th>Pos</th><th>Team</th><th>Pts</th></tr><tr><td>1</td><td>Harrowgate Town</td><td>64</td></tr><tr><td>2</td><td>Guiseley</td><td>63</td></tr></table></section>
            </main></body></html>
            """);
        Assert.Contains("host Whitby on Saturday.", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subs not used", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pts", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_closing_line_that_asks_readers_to_follow_the_paper_on_google_news()
    {
        var cleaned = Clean("""
            <html lang="bn"><body><div class="story">
              <div class="story-element story-element-text"><p>রাজধানীর গাবতলী থেকে দাশেরকান্দি পর্যন্ত মেট্রোরেলের নতুন লাইনের নির্মাণকাজ আগামী মাসে শুরু হচ্ছে বলে কর্তৃপক্ষ জানিয়েছে।</p></div>
              <div class="story-element story-element-text"><p>প্রায় ১৭ কিলোমিটার দীর্ঘ এ লাইনে মোট ১৬টি স্টেশন থাকবে, যার মধ্যে ১২টি হবে মাটির নিচে, এবং প্রতিদিন প্রায় ১২ লাখ যাত্রী চলাচল করতে পারবেন।</p></div>
              <div class="story-element story-element-text"><p>কর্তৃপক্ষ জানিয়েছে, ২০৩০ সালের মধ্যে লাইনটির নির্মাণকাজ শেষ করার লক্ষ্য রয়েছে।</p></div>
              <div class="follow-box"><p>দৈনিক নবকাল-এর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন</p></div>
            </div></body></html>
            """);
        Assert.EndsWith("লক্ষ্য রয়েছে।", cleaned.Text, StringComparison.Ordinal);

        var english = Clean($"""
            <html><body><article>{Story}<p>Follow the Courier on Google News for the latest stories from the valley.</p></article></body></html>
            """);
        Assert.EndsWith("over the coming years.", english.Text, StringComparison.Ordinal);
    }
}
