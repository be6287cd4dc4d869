namespace Pipeline.Cleaning.Tests;

public class When_the_next_story_loads_below_a_longer_first_one
{
    private const string Html = """
        <html><head><title>Harbour ferry gets a second boat for the summer | Coast Courier</title></head><body>
        <main><div class="story-stream">
          <article class="story story--current">
            <h1 class="story__headline">Harbour ferry gets a second boat for the summer</h1>
            <div class="story__lead"><p>The harbour ferry between Westquay and the island will run with two boats from June, the port authority said on Tuesday, halving the wait at the busiest times of the day.</p></div>
            <div class="story__body">
              <p>The second boat, a catamaran bought from an operator in the north, carries 120 passengers and twelve bicycles, and will sail on the half hour while the old ferry keeps to the hour.</p>
              <p>Islanders had asked for more crossings for years. Last August queues at the Westquay slip reached two hours on weekend afternoons, and the last boat often left people behind.</p>
              <p>Fares stay the same for adults, children and bicycles. The authority will review the timetable in September, after counting the passengers it carried over the summer.</p>
            </div>
          </article>
          <div class="story-stream__divider">Next story</div>
          <article class="story story--loaded">
            <h1 class="story__headline">Library opens on Sundays from next month</h1>
            <div class="story__lead"><p>The town library will open on Sunday afternoons from next month, after a group of volunteers offered to staff the lending desk between one and five o'clock.</p></div>
            <div class="story__body">
              <p>The council said the trial would last six months and cost nothing beyond heating and lighting, which the library pays for on Sundays already for its meeting room.</p>
              <p>Readers had asked for weekend hours in the council's survey last spring, when nearly half of those who answered said they could not get to the library on weekdays.</p>
              <p>If the trial goes well, the council will ask the volunteers whether they could open the branch library in the village hall on Sundays too.</p>
            </div>
          </article>
        </div></main>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_pages_own_story() =>
        Assert.Contains("The second boat, a catamaran", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_not_keep_the_story_loaded_below_it()
    {
        Assert.DoesNotContain("Sunday afternoons", _cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Library opens on Sundays", _cleaned.Text, StringComparison.Ordinal);
    }
}
