namespace Pipeline.Cleaning.Tests;

/// <summary>
/// An explainer's FAQ set as an accordion after the WAI-ARIA pattern puts each question in the button
/// that opens its panel, inside the heading ("&lt;h3&gt;&lt;button aria-expanded&gt;Can tenants apply?&lt;/button&gt;&lt;/h3&gt;").
/// The button's label is the heading a reader sees: the questions stay with their answers. A button
/// anywhere else is still a control whose words are not read.
/// </summary>
public class When_an_faq_sets_its_questions_in_accordion_buttons
{
    private const string Html = """
        <html><head><title>Bike lanes explained</title></head><body><main><article>
          <h1>Bike lanes explained</h1>
          <div class="article-body">
            <p>The council will add twelve kilometres of protected bike lanes across the city centre over the next two years, starting in the spring.</p>
            <p>The first stretch runs along the river road between the station and the old market, where most cyclists were hurt last year.</p>
            <h2>Frequently asked questions</h2>
            <div class="accordion">
              <h3 class="accordion__heading"><button class="accordion__trigger" aria-expanded="true" aria-controls="p0">Will parking spaces be lost?</button></h3>
              <div class="accordion__panel is-open" id="p0"><p>About sixty spaces on the river road will go, but the council says a new car park near the station will replace them by the autumn.</p></div>
              <h3 class="accordion__heading"><button class="accordion__trigger" aria-expanded="false" aria-controls="p1">Who pays for the lanes?</button></h3>
              <div class="accordion__panel" id="p1"><p>The national transport fund pays for most of the work, and the council adds a smaller share from its own roads budget this year.</p></div>
            </div>
            <p>Residents can comment on the plans until the end of the month. <button class="share">Share this story</button></p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Will parking spaces be lost?")]
    [InlineData("Who pays for the lanes?")]
    public void Should_keep_each_question(string question) =>
        Assert.Contains(question, _cleaned.Text.Split("\n\n"));

    [Fact]
    public void Should_keep_the_answers() =>
        Assert.Contains("The national transport fund pays for most of the work", _cleaned.Text);

    [Fact]
    public void Should_not_read_a_button_outside_a_heading() =>
        Assert.DoesNotContain("Share this story", _cleaned.Text);
}
