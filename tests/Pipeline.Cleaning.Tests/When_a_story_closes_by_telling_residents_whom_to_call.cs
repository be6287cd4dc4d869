namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A local story often ends with a service line for its readers: who in the public may call or
/// e-mail which office ("Households with questions can ...", "Anyone with information is asked to
/// contact police at ..."). That sentence is the story's; a desk's "Email us at tips@..." under it
/// is still a note.
/// </summary>
public class When_a_story_closes_by_telling_residents_whom_to_call
{
    private const string Html = """
        <html><head><title>Water main work to close Elm Street for two weeks</title></head><body><article>
          <h1>Water main work to close Elm Street for two weeks</h1>
          <div class="body">
            <p>Elm Street will be closed between Third and Fifth avenues for two weeks from Monday while crews replace a water main laid in 1958, the city said.</p>
            <p>Detours will be posted along Oak Street, and buses on Route 12 will use Fourth Avenue while the work goes on, the transit agency said.</p>
            <p>Residents on the closed blocks will keep access to their driveways, though parking on the street will not be allowed during working hours.</p>
            <p>Residents with questions about the closure can call the city's water department at 555-0192 or email water@cityofexample.example.</p>
            <p>Got a news tip? Email us at tips@examplegazette.example.</p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_closing_line_telling_residents_whom_to_call() =>
        Assert.EndsWith("or email water@cityofexample.example.", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_still_remove_the_desks_tip_line() =>
        Assert.DoesNotContain("Got a news tip", _cleaned.Text, StringComparison.Ordinal);
}
