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
}
