namespace Pipeline.Cleaning.Tests;

public class When_a_story_writes_out_an_address
{
    private const string Html = """
        <html><head><title>Parents start a log of the new timetable</title></head><body><article>
          <h1>Parents start a log of the new timetable</h1>
          <p>Parents at the three village schools have started a shared log of every bus that came late since the new timetable began in September.</p>
          <p>Anyone whose child has waited at a stop for more than ten minutes is asked to send the date, the stop and the time to the group's address:</p>
          <p><a href="mailto:late.buses.log@example.org">late.buses.log@example.org</a></p>
          <p>The group will hand the log to the county's transport committee in November, together with the petition, which is open until the end of the month:</p>
          <p><a href="https://petitions.example.org/school-buses-on-time">https://petitions.example.org/school-buses-on-time</a></p>
          <p>The bus company said it would look at the figures and that two new drivers start on the route next week.</p>
          <p><a href="/story/2">Bridge repairs close the school road for a week</a></p>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("late.buses.log@example.org")]
    [InlineData("https://petitions.example.org/school-buses-on-time")]
    public void Should_keep_the_address_as_text_to_read(string address) =>
        Assert.Contains(address, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_still_remove_a_linked_headline() =>
        Assert.DoesNotContain("Bridge repairs close the school road", _cleaned.Text, StringComparison.Ordinal);
}
