namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A data table in the story is followed by a line saying where its figures come from ("Source: …"),
/// which may name several bodies and a note on when the figures held. That line credits the table
/// as a picture's credit does its picture: it goes, however long its list of sources; the table and
/// a paragraph under it that merely mentions a source stay.
/// </summary>
public class When_a_table_names_many_sources_under_it
{
    private const string Html = """
        <html><head><title>Rents rise fastest in the north</title></head><body><main><article>
          <h1>Rents rise fastest in the north</h1>
          <div class="article-body">
            <p>Average rents rose in every region last year, but the sharpest increases were in the north, where new lettings cost a tenth more than a year before.</p>
            <p>The table below sets out the average monthly rent for a new let in each region at the end of the year.</p>
            <div class="table-wrap"><table>
              <thead><tr><th>Region</th><th>Average rent</th><th>Change</th></tr></thead>
              <tbody><tr><td>North</td><td>£812</td><td>+10.2%</td></tr><tr><td>Midlands</td><td>£905</td><td>+7.9%</td></tr><tr><td>South</td><td>£1,290</td><td>+5.1%</td></tr></tbody>
            </table>
            <p class="table-note">Source: Office for National Statistics, regional lettings agents' associations, the national tenancy deposit schemes. Figures correct at time of publication.</p></div>
            <p>Letting agents said demand from students and young workers had pushed rents up in northern university towns, where few new homes were built.</p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_drop_the_source_line() =>
        Assert.DoesNotContain("Source: Office for National Statistics", _cleaned.Text);

    [Theory]
    [InlineData("£1,290")]
    [InlineData("Letting agents said demand from students")]
    public void Should_keep_the_table_and_the_story(string text) =>
        Assert.Contains(text, _cleaned.Text);
}
