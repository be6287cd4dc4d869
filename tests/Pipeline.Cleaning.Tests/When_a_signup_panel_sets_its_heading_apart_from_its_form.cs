namespace Pipeline.Cleaning.Tests;

public class When_a_signup_panel_sets_its_heading_apart_from_its_form
{
    private const string Html = """
        <html><head><title>Library extends weekend hours through the winter</title></head><body><article>
          <h1>Library extends weekend hours through the winter</h1>
          <div class="story-text">
            <p>The public library will stay open until 8 p.m. on Saturdays and open at noon on Sundays from November through March, the library board said Thursday.</p>
            <p>Director Alma Reyes said the longer hours were paid for by a state grant and by savings from the new lighting installed in the reading rooms last spring.</p>
            <div class="region-block"><div class="card-panel panel">
              <div class="panel-heading"><h3 class="panel-title">Get the Weekender in your inbox</h3></div>
              <div class="panel-body"><p>Our free Friday email with things to do around town.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
            </div></div>
            <p>Attendance on weekends has grown by about a fifth since the library reopened after its renovation, and the study rooms are often booked a week ahead.</p>
            <p>The board will review the hours again in April, when it sets the budget for the next year.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_panel_heading_with_its_form() =>
        Assert.DoesNotContain("Weekender in your inbox", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_paragraphs_on_either_side_of_the_panel()
    {
        Assert.Contains("new lighting installed in the reading rooms last spring.", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("Attendance on weekends has grown", _cleaned.Text, StringComparison.Ordinal);
    }
}
