namespace Pipeline.Cleaning.Tests;

public class When_an_appeal_for_support_closes_a_box_under_the_story
{
    private const string Html = """
        <html><head><title>Ferry crossing to reopen after pier repairs</title></head><body><article>
          <h1>Ferry crossing to reopen after pier repairs</h1>
          <div class="x7f2a">
            <p>The ferry between Kilbrannan and the island will run again from Monday, eight months after a storm tore away part of the pier on the mainland side.</p>
            <p>The council said the repairs had cost £2.4m, more than twice the first estimate, because divers found that the piles under the pier head had rotted further than surveys had shown.</p>
            <p>Islanders have relied since March on a smaller boat that carries no vehicles, so that cars, feed and building materials have had to go the long way round by the northern crossing.</p>
            <p>"It has been a hard year, and the shop has felt it most," said the owner of the island's only store, who has driven a van round by the north twice a week.</p>
            <p>The operator said the first sailing on Monday would leave the island at seven, and that the winter timetable would apply until the end of March.</p>
          <div class="q91kd"><div class="z0p3m">
            <div><span>You've read 12 articles this year</span></div>
            <h2>... before you go, a quick question.</h2>
            <p>Our reporters cover the islands and the glens when nobody else does, from council meetings to ferry timetables, and we publish every story free for anyone to read.</p>
            <p>We have no owner to answer to and no shareholders to pay, so what we write is decided by what our readers need to know.</p>
            <p><strong>If you can, please support us today with a monthly gift of any size. Thank you.</strong></p>
            <div><button>Monthly</button><a href="https://support.example/give">Give now</a></div>
          </div></div></div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_paragraphs_of_the_appeal_box_with_its_ask() =>
        Assert.DoesNotContain("no shareholders", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_count_and_heading_of_the_appeal_box() =>
        Assert.DoesNotContain("quick question", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_story_to_its_last_paragraph() =>
        Assert.EndsWith("until the end of March.", _cleaned.Text, StringComparison.Ordinal);
}
