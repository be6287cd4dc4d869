using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_the_lead_stands_apart_from_the_body
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = LeadApartFromBodyPage.Html });

    [Fact]
    public void Should_open_with_the_lead_found_past_the_scoreboard_the_share_bar_and_the_picture_credit() =>
        Assert.StartsWith("Captain Michael Kohl has named his team", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_not_reach_past_the_headline_for_more_lead()
    {
        Assert.DoesNotContain("Captain names two newcomers", _cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LIVE", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_let_a_box_without_prose_join_the_body_by_its_score() =>
        Assert.DoesNotContain("Home 3, Away 1", _cleaned.Text, StringComparison.Ordinal);
}

public class When_the_lead_is_set_as_a_heading_or_in_pieces
{
    [Fact]
    public void Should_keep_a_lead_the_template_sets_in_a_heading_tag()
    {
        var html = """
            <html><head><title>Library opens on Sundays</title></head><body>
              <div class="frame"><h1>Library opens on Sundays</h1><div class="text"><h3>From March the town library in Wexcombe opens its doors on Sunday afternoons as well, after a survey showed that working parents could rarely visit during the week.</h3></div></div>
              <div class="frame"><div class="text">
                <p>The library will open from one until five on Sundays, staffed by two librarians and a rota of volunteers from the friends' association, who have offered to cover the first six months.</p>
                <p>The survey, answered by more than eight hundred residents, found that most families with school-age children could only come at weekends, when the branch had been closed since 2011.</p>
                <p>The council says the extra hours will cost less than the mobile library service it replaced, and will review the opening times after a year.</p>
              </div></div>
            </body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        Assert.StartsWith("From March the town library in Wexcombe", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_every_piece_of_a_standfirst_split_into_short_paragraphs()
    {
        var html = """
            <html><head><title>The quiet return of the otter</title>
              <meta name="description" content="They were gone from the river for almost fifty years. Now the otters are back on the river. A slow recovery, told by those who watched it."></head><body>
              <div class="intro"><h1>The quiet return of the otter</h1>
                <div class="standfirst"><p>They were gone from the river for almost fifty years.</p><p><em>Now the otters are back on the river.</em></p><p>A slow recovery, told by those who watched it.</p></div>
                <p class="author">Text: Mara Fenwick</p></div>
              <aside class="share"><a href="/share">Share</a></aside>
              <section class="textblock"><div>
                <p>The first sign was a track in the mud below the mill weir, spotted by an angler who had fished the stretch for forty years and never seen anything like it.</p>
                <p>Within two summers the volunteers of the river trust had counted spraints at eleven places between the town bridge and the estuary, and a camera trap caught a mother with two cubs.</p>
                <p>Ecologists credit the cleaner water since the sewage works were rebuilt, and the hedges and reed beds farmers have let grow back along the banks.</p>
              </div></section>
            </body></html>
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = html });
        var blocks = cleaned.Text.Split("\n\n");
        Assert.Equal("They were gone from the river for almost fifty years.", blocks[0]);
        Assert.Equal("Now the otters are back on the river.", blocks[1]);
        Assert.Equal("A slow recovery, told by those who watched it.", blocks[2]);
        Assert.StartsWith("The first sign was a track", blocks[3], StringComparison.Ordinal);
    }
}
