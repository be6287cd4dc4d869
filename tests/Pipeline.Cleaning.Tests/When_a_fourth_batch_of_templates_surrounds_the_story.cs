namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Small team-written pages for shapes met in the fourth batch of fresh probe pages (FreshPages4):
/// a story in the page's main element beside a longer column of notices, and the short lines
/// templates set around a story (entry times, source and editor lines, labels).
/// </summary>
public class When_a_fourth_batch_of_templates_surrounds_the_story
{
    private static CleanedDocument Clean(string html) =>
        new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });

    [Fact]
    public void Should_take_the_story_from_the_main_element_not_the_longer_column_of_notices_beside_it()
    {
        var cleaned = Clean("""
            <html><body><div class="wrap"><div class="row">
              <main class="col-8">
                <h1>Swimming pool to close for a year of repairs</h1>
                <p>The town's swimming pool will close in April for a year while its roof, filters and changing rooms are replaced, the council said on Monday, after an inspection found corrosion in the steel beams above the main pool.</p>
                <p>The pool, built in 1978, is used by six schools, three swimming clubs and an aqua-fit class for older residents. The work will cost £4.1m, most of it from the council's own reserves.</p>
                <p>During the closure, school lessons will move to the leisure centre in the next town, with free buses laid on by the council, and the clubs will share two evening sessions a week there.</p>
                <p>The swimming club said it was glad the pool was being saved, but worried about losing members over a year. Its chair said several families had already asked whether the club would survive.</p>
                <p>The council said the pool would reopen with a new learner pool, solar panels on the roof and longer opening hours at weekends, and that it expected running costs to fall by about a quarter.</p>
              </main>
              <div class="col-4"><div class="box">
                <h5>Choir concert</h5>
                <p>The community choir will sing carols, folk songs and a new piece by a local composer in the church on Saturday, with tickets at the door, children free, and mulled wine, mince pies and a raffle afterwards.</p>
                <h5>Lost cat</h5>
                <p>A grey tabby, shy, with a white chest and a red collar, has been missing from the lane behind the bakery since Tuesday night; if you see her, please ring the number on the posters, which are up in the shop, the library and the surgery.</p>
                <h5>Garden club</h5>
                <p>The garden club meets on Thursday at 7pm in the village hall, where a speaker from the botanic garden will talk about winter pruning, frost protection, seed saving and planning a vegetable plot, and new members are welcome.</p>
                <h5>Library hours</h5>
                <p>The library will open late on Wednesdays from next month, until 8pm, so that people who work during the day, students, and parents with young children can borrow books, use the computers, print documents and join the reading group.</p>
              </div></div>
            </div></div></body></html>
            """);
        Assert.Contains("The town's swimming pool will close in April", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("worried about losing members", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Choir concert", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("grey tabby", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("winter pruning", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_read_a_hashed_paragraph_id_ending_in_ad_as_an_advert()
    {
        var cleaned = Clean("""
            <html><body><article><section>
              <p id="44c1" class="pw-post-body-paragraph nc nd">In March our main database was costing us a little over nine thousand dollars a month, and the graphs were heading in the wrong direction.</p>
              <p id="60ad" class="pw-post-body-paragraph nc nd">Our background workers were checking a jobs table for new work every second, each with its own connection, so we replaced the polling with notifications.</p>
              <p id="f3e2" class="pw-post-body-paragraph nc nd">After all three changes, processor load during working hours dropped to around a third, and we moved to a smaller instance.</p>
            </section></article></body></html>
            """);
        Assert.Contains("Our background workers were checking a jobs table", cleaned.Text, StringComparison.Ordinal);
        Assert.Null(Pipeline.Cleaning.Html.BoilerplateNames.ReasonFor("pw-post-body-paragraph nc nd 60ad"));
        Assert.Equal("ad", Pipeline.Cleaning.Html.BoilerplateNames.ReasonFor("inline-ad 60"));
    }

    private const string Story = """
        <p>The council has voted to keep the branch line open for another ten years, after a survey found that two thirds of the people along it wanted the trains to stay.</p>
        <p>Six stations with few passengers will lose their staff, and five of the seven trains will be replaced by new ones that use a third less energy.</p>
        <p>The operator hopes that a tourist train and cheaper tickets for the spa towns along the line will bring in more passengers over the coming years.</p>
        """;

    [Fact]
    public void Should_drop_a_clap_or_like_counter_on_a_line_of_its_own_but_not_a_distance()
    {
        var cleaned = Clean($"""
            <html><body><article><div class="ab"><p class="bf">1.2K</p></div>{Story}<table><tr><td>Stage</td><td>Climb</td></tr><tr><td>400 m</td><td>steep</td></tr></table></article></body></html>
            """);
        Assert.DoesNotContain("1.2K", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "1.2K");
        Assert.Contains("400 m", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_time_of_each_live_entry_but_not_the_times_of_a_timetable()
    {
        var cleaned = Clean("""
            <html><body><div class="feed">
              <article class="entry"><header><time datetime="2025-11-06T13:18">13:18</time><span class="pin">Pinned</span></header>
                <h2>Road reopened, schools stay closed until Saturday</h2>
                <p>The provincial road, closed in the night after rocks fell onto it near the village, was reopened to traffic shortly after one o'clock, the province said.</p></article>
              <article class="entry"><header><time datetime="2025-11-06T11:40">11:40</time></header>
                <h2>Mayor: damage is light, but people were frightened</h2>
                <p>There are cracks in some houses in the old town and a chimney fell onto the square, the mayor said, adding that nobody was walking there at that hour.</p></article>
              <article class="entry"><header><time datetime="2025-11-06T10:05">10:05</time></header>
                <p>The earthquake centre has recorded 37 tremors in the area since midnight, all of them between eight and eleven kilometres deep, and warned that more may follow.</p>
                <table><tr><td>8:10 AM</td><td>First bus leaves the depot for the shelters</td></tr><tr><td>12:30 PM</td><td>Hot meals served in the sports halls</td></tr></table></article>
            </div></body></html>
            """);
        Assert.DoesNotContain("11:40", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("13:18", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Road reopened, schools stay closed", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("8:10 AM", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_stamps_of_chinese_and_japanese_pages_and_a_full_width_sign_off()
    {
        var chinese = Clean("""
            <html><body><div class="article" id="artibody">
              <p>　　原标题：老旧小区加装电梯超600部</p>
              <p>　　记者从市住房和城乡建设局获悉，今年以来，全市老旧小区已累计完成加装电梯612部，超过年初确定的500部目标，惠及居民约1.8万户。按照计划，到明年底，全市符合条件的老旧住宅楼将基本实现“应装尽装”。</p>
              <p>　　据介绍，我市2000年以前建成的多层住宅楼共有约1.2万栋，其中大部分没有电梯。随着人口老龄化加快，不少住在高楼层的老年人出行困难，“上下楼难”成为居民反映最集中的问题之一。</p>
              <p>　　在资金方面，市财政对每部电梯给予最高20万元的补贴，其余费用由业主按楼层分摊，居民还可以提取住房公积金用于支付。</p>
              <p class="editor">责任编辑：赵敏</p>
            </div></body></html>
            """);
        Assert.StartsWith("记者从市住房", chinese.Text, StringComparison.Ordinal);
        Assert.EndsWith("用于支付。", chinese.Text, StringComparison.Ordinal);

        var japanese = Clean("""
            <html><body><div class="article_body">
              <p>赤字が続く第三セクター鉄道について、沿線の3市町でつくる協議会は28日、運行をバスに切り替える案を見送り、鉄道として存続させる方針を決めた。今後10年間で約42億円を投じ、車両の更新や駅の無人化を進める。<br><br>みさき台鉄道は1988年に旧国鉄の路線を引き継いで開業した。全長約31キロに14の駅があり、沿線の高校に通う生徒の通学の足となっている。<br><br>沿線住民へのアンケートでは、回答した約3200人のうち68％が鉄道の存続を望んだ。</p>
              <p>（みなと新報）</p>
              <p>最終更新:9/28(日) 19:05</p>
            </div></body></html>
            """);
        Assert.EndsWith("鉄道の存続を望んだ。", japanese.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_a_russian_photo_credit_and_the_prompt_to_follow_the_channel_below_the_story()
    {
        var cleaned = Clean("""
            <html><body><div class="news-detail"><div class="news-detail-content">
            На торжественном открытии в субботу глава города напомнил, что ещё три года назад здание находилось в аварийном состоянии: протекала крыша, а часть помещений была закрыта.<br /><br />
            Для детей на втором этаже оборудовали игровую комнату и студию, где будут проходить занятия по робототехнике и рисованию. Запись на кружки уже открыта.<br /><br />
            В следующем году по той же программе планируется отремонтировать две районные библиотеки.<br /><br />
            Фото: пресс-служба администрации города<br /><br />
            <b>Подписывайтесь на наш <a href="https://t.me/example">Telegram-канал</a>, чтобы первыми узнавать главные новости города.</b>
            </div></div></body></html>
            """);
        Assert.EndsWith("две районные библиотеки.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_a_caption_set_as_a_span_beside_its_picture()
    {
        var cleaned = Clean($"""
            <html><body><article><div class="story">{Story}<div class="pic"><img src="a.jpg" alt=""><span class="img_descr">The new train at the depot on its first day in service. Photo by the operator</span></div>
            <p>Passenger numbers on the line have fallen by two thirds since it opened, and the councils pay about three million a year to cover its losses.</p></div></article></body></html>
            """);
        Assert.DoesNotContain("The new train at the depot", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("The new train at the depot", StringComparison.Ordinal) && r.Reason == "caption");
        Assert.Contains("Passenger numbers on the line", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_a_label_set_beside_the_body_above_the_headline()
    {
        var cleaned = Clean("""
            <html><body><main><div class="col">
              <p class="tag">Press release</p>
              <h1>Drought: 84 villages placed under crisis measures</h1>
              <p class="updated">Updated 25/07/2025</p>
              <div class="lead"><p>With rivers running low and groundwater near record lows, the prefect has placed 84 villages under the strictest water restrictions from Saturday.</p></div>
              <div class="content">
                <p>The committee that follows the water supply met on Thursday. Flows in several rivers in the south are more than 60% below the seasonal average, and some stretches have dried up.</p>
                <p>With no significant rain forecast for the next two weeks, the prefect decided to tighten the restrictions on water use across the two river basins.</p>
                <p>Watering lawns, filling private pools and washing cars outside professional stations are banned until further notice, with fines of up to 1,500 euros.</p>
              </div>
            </div></main></body></html>
            """);
        Assert.DoesNotContain("Press release", cleaned.Text, StringComparison.Ordinal);
        Assert.StartsWith("With rivers running low", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_italian_key_points_label_and_keep_the_points() =>
        Assert.Equal("label", Pipeline.Cleaning.BoilerplatePhrases.ReasonFor("I punti chiave"));

    [Fact]
    public void Should_drop_the_korean_reporter_sign_off_and_the_provider_line_below_the_story()
    {
        var cleaned = Clean("""
            <html><body><div class="newsct_article"><article id="dic_area">올여름 폭염으로 전국 온열질환자가 지난해보다 40% 가까이 늘어난 것으로 나타났다. 특히 야외에서 일하는 노동자와 65세 이상 고령층의 피해가 컸다.<br><br>질병관리청은 5월 20일부터 지난 17일까지 응급실 감시체계를 통해 집계한 온열질환자가 모두 3,412명으로, 지난해 같은 기간보다 38% 증가했다고 18일 밝혔다.<br><br>기상청은 이번 주에도 전국 대부분 지역의 낮 최고기온이 33도 이상 오르는 무더위가 이어질 것으로 내다봤다.<br><br>김서연 기자 seoyeon@example.co.kr
            </article><p class="source"><em>기사제공</em> 한빛일보</p></div></body></html>
            """);
        Assert.EndsWith("내다봤다.", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal("byline", Pipeline.Cleaning.BoilerplatePhrases.ReasonFor("김서연 기자"));
    }

    [Fact]
    public void Should_drop_a_portuguese_video_label_a_turkish_source_line_and_a_prompt_to_follow_the_channel()
    {
        Assert.Equal("media", Pipeline.Cleaning.BoilerplatePhrases.ReasonFor("VÍDEO: Guaíba passa da cota de inundação em Porto Alegre02:14"));
        Assert.Equal("credit", Pipeline.Cleaning.BoilerplatePhrases.ReasonFor("Kaynak: Karadeniz Haber"));
        var cleaned = Clean($"""
            <html><body><article>{Story}<p>📱 <strong>Siga o canal do Portal Sul no WhatsApp</strong></p></article></body></html>
            """);
        Assert.EndsWith("over the coming years.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_a_headline_byline_and_date_set_as_lines_of_one_table_cell()
    {
        var cleaned = Clean("""
            <html><head><title>Valley Gazette - News - Empty mill to become flats and workshops</title></head>
            <body><table><tr><td><font size="1"><a href="/">Home</a> &gt; <a href="/news/">News</a></font><br><br>
            <font size="5"><b>Empty mill to become flats and workshops</b></font><br>
            <font size="2">by Graham Pickup, Chief Reporter<br>Thursday, 12 June 2025</font><br><br>
            <font size="3">
            <p>A Victorian cotton mill that has stood empty for almost thirty years is to be turned into 64 flats, a café and workshops after planners gave their approval.</p>
            <p>The mill closed in 1996 and has been on the national register of buildings at risk since 2004. Previous plans to convert it fell through twice.</p>
            <p>Work is expected to start in the spring and take about two and a half years, the housing association behind the scheme said.</p>
            </font></td></tr></table></body></html>
            """);
        Assert.StartsWith("A Victorian cotton mill", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Empty mill to become flats and workshops", StringComparison.Ordinal) && r.Reason == "title");
    }

    [Fact]
    public void Should_drop_a_short_italic_line_in_the_box_under_a_picture_but_not_an_italic_sentence()
    {
        var cleaned = Clean("""
            <html><body><div class="post-body entry-content">
            We finally finished laying the hedge along the bottom field this weekend, three winters after we first talked about it, and it is ours.<br /><br />
            <div class="separator"><a href="big.jpg"><img src="small.jpg" /></a></div>
            <div class="separator"><i>Before: gappy, overgrown and full of holes</i></div><br />
            The hedge is about ninety metres long and had not been touched for at least twenty years. Most of it was hawthorn, with some blackthorn and hazel.<br /><br />
            <div class="separator"><img src="after.jpg" /></div>
            <div class="separator"><i>It took us three winters!</i></div><br />
            We worked at weekends from December to the middle of March, which is the end of the season before the birds start nesting.
            </div></body></html>
            """);
        Assert.DoesNotContain("Before: gappy", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("It took us three winters!", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("The hedge is about ninety metres long", cleaned.Text, StringComparison.Ordinal);
    }
}
