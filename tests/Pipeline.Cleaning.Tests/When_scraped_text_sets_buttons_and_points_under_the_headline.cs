namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Pages saved as text with lines no list knows between the headline and the story: a radio site
/// (the programme, the reporter, "4-Minute Listen", "Playlist", "Transcript", a sponsor break and a
/// transcript notice), an Indian daily (a newsroom byline, the city, "READ LATER", "Copy link"), a
/// business wire (a standfirst set as two points, a tip line and a terminal pitch) and a Japanese
/// paper (a bare "KEYWORDS" label over the tag list, "LATEST NATIONAL STORIES", a note on
/// commenting).
/// </summary>
public class When_scraped_text_sets_buttons_and_points_under_the_headline
{
    private static CleanedDocument Clean(string text) => new ArticleCleaner().Clean(new CleaningInput { Text = text });

    private const string Radio = """
        Skip to main content
        Home
        News
        Donate

        Science
        Drought shrinks the lake that feeds three cities

        May 4, 2026 6:02 AM ET
        Heard on All Things Considered
        Tomas Brandt

        3-Minute Listen
        Playlist
        Transcript

        The lake that supplies water to three cities has fallen to its lowest level in forty years, and officials say rationing may begin in July.

        Sponsor Message

        Engineers are studying a pipeline from a reservoir in the hills, but it would take at least five years to build.

        Copyright © 2026 Example Radio. All rights reserved.

        Example Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future.
        """;

    private const string Daily = """
        Home
        News
        States

        Port workers call off strike after wage talks succeed

        Dock unions accepted a 9% rise and a review of shift patterns after two days of talks

        Updated - March 2, 2026 08:10 pm IST
        The Coastal Bureau
        KOCHI

        READ LATER
        PRINT
        Copy link

        Port workers called off their strike on Monday after the port trust agreed to a 9% wage rise, ending a stoppage that had held up more than 40 ships.

        The unions said the review of shift patterns would begin next month.
        """;

    private const string Wire = """
        Markets
        Mining Group Sells Stake in Salt Flat Project to Trading House

        Deal values the project at about $900 million
        Company aims to start production in 2029 after delays

        By Carla Mendes
        April 7, 2026 at 3:12 PM UTC
        Gift this article
        Have a confidential tip for our reporters? Get in touch
        Before it's here, it's on the Bloomberg Terminal
        LEARN MORE

        A state-owned mining group agreed to sell a 20% stake in its salt flat project to a trading house for $180 million, a step toward its goal of supplying battery metals.

        The deal gives the project an implied value of about $900 million, the group's chairman said in a statement.
        """;

    private const string JapanesePaper = """
        News
        Japan
        Business

        JAPAN
        Coastal towns test tsunami sirens after alarm failure

        STAFF REPORT
        Jun 9, 2026
        SHARE

        Towns along the coast tested their tsunami sirens on Monday after a fault left two of them silent during a drill last month.

        The prefecture said it would replace the control units in all 40 sirens by the end of the year.

        KEYWORDS
        tsunami, disaster, sirens
        SHARE
        LATEST NATIONAL STORIES
        Typhoon nears southern islands
        With your current subscription plan you can comment on stories. However, before writing your first comment, please create a display name in the Profile section of your subscriber account page.
        """;

    [Fact]
    public void Should_take_the_headline_over_the_buttons_and_drop_the_sponsor_break_and_transcript_notice()
    {
        var cleaned = Clean(Radio);
        Assert.Equal("Drought shrinks the lake that feeds three cities", cleaned.Title);
        Assert.DoesNotContain("Sponsor Message", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Transcript", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("at least five years to build.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_not_take_a_newsroom_byline_for_the_title()
    {
        var cleaned = Clean(Daily);
        Assert.Equal("Port workers call off strike after wage talks succeed", cleaned.Title);
        Assert.Equal("Dock unions accepted a 9% rise and a review of shift patterns after two days of talks", cleaned.Standfirst);
        Assert.Contains(cleaned.Removed, r => r.Text == "The Coastal Bureau" && r.Reason == "byline");
    }

    [Fact]
    public void Should_read_two_points_under_the_headline_as_the_standfirst_and_drop_the_pitches()
    {
        var cleaned = Clean(Wire);
        Assert.Equal("Mining Group Sells Stake in Salt Flat Project to Trading House", cleaned.Title);
        Assert.Equal("Deal values the project at about $900 million. Company aims to start production in 2029 after delays", cleaned.Standfirst);
        Assert.DoesNotContain("confidential tip", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Terminal", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal("Carla Mendes", cleaned.Author);
    }

    [Fact]
    public void Should_end_the_story_before_a_bare_tag_label_and_the_note_on_commenting()
    {
        var cleaned = Clean(JapanesePaper);
        Assert.Equal("Coastal towns test tsunami sirens after alarm failure", cleaned.Title);
        Assert.EndsWith("by the end of the year.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "tsunami, disaster, sirens" && r.Reason == "tags");
    }
}
