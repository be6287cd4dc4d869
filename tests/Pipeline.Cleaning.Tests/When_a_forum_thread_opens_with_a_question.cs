namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A forum's thread page is all posts, each in a box its software names a comment ("forum-comment"),
/// the opening question set apart from the replies below it, and a sidebar of teasers and a poll
/// beside them. The page names itself a forum on its body. The opening post is what the page is
/// about: it is the text, the replies stay comments and the sidebar goes. A story whose comments
/// outweigh it, on a page that is not a forum, still loses its comments.
/// </summary>
public class When_a_forum_thread_opens_with_a_question
{
    private static string Reply(int n) => $"""
        <div class="forum-comment" id="comment-{n}"><div class="forum-comment-author">member{n}</div>
          <div class="forum-comment-text">Reply number {n}: I had the same trouble with my allotment shed last winter, and a second coat of linseed oil on the north side helped more than anything else I tried.</div></div>
        """;

    private static string Page(string bodyClass) => $"""
        <html><head><title>Shed door swells every winter - what can I do? | Garden Forum</title></head>
        <body class="{bodyClass}">
        <header><a href="/">Garden Forum</a></header>
        <main>
          <h1>Shed door swells every winter - what can I do?</h1>
          <div class="forum-comment forum-comment--first">
            <div class="forum-comment-author">plotholder77</div>
            <div class="forum-comment-text">
              <p>hello all, every winter the door of my wooden shed swells so much that I can hardly open it, and by spring it shrinks back again. the shed is six years old and stands on a concrete base at the bottom of the plot.</p>
              <p>before anyone asks: yes, I painted it last summer, with the same paint as the walls.</p>
            </div>
          </div>
          <div class="forum-comments">{Reply(1)}{Reply(2)}{Reply(3)}{Reply(4)}{Reply(5)}{Reply(6)}</div>
        </main>
        <aside><section><h3>Top topics</h3><p>Our favourite seed catalogues of the year, chosen by the members who grow the most unusual tomatoes.</p>
          <p>Poll: which vegetable gave you the best harvest this year? Vote now and see what other members picked.</p></section></aside>
        </body></html>
        """;

    [Fact]
    public void Should_keep_the_opening_post_as_the_text()
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page("forum forum-thread") });
        Assert.Contains("every winter the door of my wooden shed swells", cleaned.Text);
        Assert.Contains("before anyone asks: yes, I painted it last summer", cleaned.Text);
        Assert.DoesNotContain("Reply number", cleaned.Text);
        Assert.DoesNotContain("seed catalogues", cleaned.Text);
    }

    [Fact]
    public void Should_keep_removing_comments_on_a_page_that_is_not_a_forum()
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page("single single-post") });
        Assert.DoesNotContain("Reply number", cleaned.Text);
    }
}
