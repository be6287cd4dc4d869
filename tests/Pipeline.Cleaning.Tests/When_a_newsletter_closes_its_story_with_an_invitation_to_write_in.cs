namespace Pipeline.Cleaning.Tests;

public class When_a_newsletter_closes_its_story_with_an_invitation_to_write_in
{
    private const string Html = """
        <html><head><title>Council to vote on parking meters downtown</title></head><body><article class="post">
          <h1>Council to vote on parking meters downtown</h1>
          <section class="gh-content">
            <p>The city council will vote next Tuesday on a plan to put parking meters on six blocks of Front Street, where parking has been free since the 1970s.</p>
            <p>Shop owners are split. Some say customers cannot find a space at lunchtime because office workers park all day; others fear the meters will send shoppers to the mall.</p>
            <p>The plan would charge $1.50 an hour from 9 a.m. to 6 p.m. on weekdays, with the money going to repave the street and plant new trees.</p>
            <p>Our reporter will be in the council chamber on Tuesday and will send a full account of the vote. If you run a shop on Front Street and want to weigh in, write to desk@frontstreetnotes.example.</p>
          </section>
          <p class="footnote">Have a tip? Email tips@frontstreetnotes.example.</p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_closing_paragraph_that_opens_with_the_story_s_own_sentence() =>
        Assert.Contains("will send a full account of the vote.", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_still_remove_a_bare_tip_line() =>
        Assert.DoesNotContain("Have a tip?", _cleaned.Text, StringComparison.Ordinal);
}
