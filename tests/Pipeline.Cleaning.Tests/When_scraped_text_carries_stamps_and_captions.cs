namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A wire story saved as text: the byline and a publication stamp sit between the headline and
/// the dateline, and a photo caption with its credit sits between two paragraphs.
/// </summary>
public class When_scraped_text_carries_stamps_and_captions
{
    private const string Story = """
        Skip to content
        World
        Business
        Markets
        Sign up
        World
        Central Asia ministers agree to widen rail freight corridor
        By Dana Kessler and Omar Haddad
        November 27, 2026 4:12 PM UTC Updated 2 hours ago
        ALMATY, Nov 27 (Steppe Wire) - Transport ministers from Kazakhstan, Uzbekistan and Turkmenistan agreed on Thursday to widen a rail freight corridor to the Caspian Sea, aiming to double cargo volumes by 2030.
        The deal commits the three governments to spend about $1.2 billion on new track and loading terminals, Deputy Minister Aigul Sarsenova told reporters after the meeting.
        Photo: A freight train crosses the steppe near Astana, Kazakhstan, October 3, 2026. AP Photo/Pavel Mikheyev/File Photo
        Purchase Licensing Rights
        Continue reading the main story
        Trade along the route has grown quickly as shippers sought alternatives, and Uzbek Transport Minister Ilhom Makhkamov said the corridor would also carry grain.
        Dana Kessler is a correspondent for Steppe Wire in Almaty, covering Central Asian trade and energy.
        A version of this article appears in print on November 28, 2026, Section B, Page 2.
        Get weekly news and analysis on trade across Eurasia with our newsletter Corridor Notes. Sign up here.
        Suggested Topics:
        Asia Pacific
        Read Next
        EU lawmakers back new rules on rail subsidies
        November 27, 2026
        Site Index
        About Steppe Wire
        Careers
        © 2026 Steppe Wire. All rights reserved
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = Story });

    [Fact]
    public void Should_take_the_headline_not_the_stamp_below_it()
    {
        Assert.Equal("Central Asia ministers agree to widen rail freight corridor", _cleaned.Title);
        Assert.Contains(_cleaned.Removed, r => r.Text.StartsWith("November 27, 2026 4:12 PM", StringComparison.Ordinal) && r.Reason == "date");
    }

    [Fact]
    public void Should_read_the_author_and_the_publication_date_from_the_byline_and_the_stamp()
    {
        Assert.Equal("Dana Kessler and Omar Haddad", _cleaned.Author);
        Assert.Equal("2026-11-27", _cleaned.Published);
    }

    [Fact]
    public void Should_drop_the_photo_caption_and_keep_the_paragraph_after_it()
    {
        Assert.DoesNotContain("freight train crosses", _cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Licensing", _cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(_cleaned.Removed, r => r.Text.StartsWith("Photo: A freight train", StringComparison.Ordinal) && r.Reason == "caption");
        Assert.EndsWith("the corridor would also carry grain.", _cleaned.Text, StringComparison.Ordinal);
        Assert.StartsWith("ALMATY, Nov 27 (Steppe Wire) - Transport ministers", _cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_reading_prompts_the_authors_note_and_the_print_note_but_not_the_paragraphs_around_them()
    {
        Assert.Contains(_cleaned.Removed, r => r.Text == "Continue reading the main story" && r.Reason == "prompt");
        Assert.Contains(_cleaned.Removed, r => r.Text.StartsWith("Dana Kessler is a correspondent", StringComparison.Ordinal));
        Assert.DoesNotContain("Section B", _cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign up here", _cleaned.Text, StringComparison.Ordinal);
        Assert.Equal(3, _cleaned.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Should_drop_a_newsletter_box_set_between_two_paragraphs_and_keep_the_paragraph_after_it()
    {
        var text = Story.Replace("Continue reading the main story", "Sign up for our Asia newsletter\nGet the region's top stories in your inbox every morning.", StringComparison.Ordinal);
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = text });
        Assert.DoesNotContain("in your inbox", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("the corridor would also carry grain.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_still_drop_a_comment_form_whose_last_line_reads_like_a_sentence()
    {
        const string post = """
            Energy Desk
            Posted on 12 March 2026 by Priya Natarajan
            Harbour fund sells stakes in two coal miners
            The harbour pension fund has sold its holdings in two coal miners, its ethics council said on Tuesday, citing their expansion plans.
            The fund said it had reviewed the companies' plans to open new mines before it decided to sell its shares.
            Related
            Fund managers rethink coal exits
            Leave a Reply Cancel reply
            Comment
            Name *
            Email *
            Website
            Save my name, email, and website in this browser for the next time I comment.
            Post navigation
            Previous Post: Oil prices slip as demand worries grow
            Cookie Policy
            """;
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = post });
        Assert.EndsWith("before it decided to sell its shares.", cleaned.Text, StringComparison.Ordinal);
        Assert.Equal("Priya Natarajan", cleaned.Author);
    }

    [Theory]
    [InlineData("Get the region's top stories in your inbox every morning.")]
    [InlineData("The day's headlines in your inbox, free.")]
    public void Should_take_a_newsletter_pitch_for_a_promo(string line) =>
        Assert.Equal("promo", Pipeline.Cleaning.PlainText.LineClassifier.Classify(line).Reason);

    [Theory]
    [InlineData("12 March 2026 | 3 min read")]
    [InlineData("Updated: 05.03.2026, 14:20 Uhr")]
    [InlineData("Published on March 5, 2026 at 9:14 a.m. ET")]
    public void Should_know_a_stamp_line_in_other_shapes(string stamp)
    {
        var text = $"Harbour board approves the ferry terminal\n{stamp}\nThe harbour board voted on Tuesday to build a ferry terminal on the eastern quay, ending three years of argument about the site.";
        var cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = text });
        Assert.Equal("Harbour board approves the ferry terminal", cleaned.Title);
        Assert.StartsWith("The harbour board voted", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On March 5, 2026, the council voted to close the old fish market.")]
    [InlineData("Election results for March 5, 2026 in the northern districts")]
    public void Should_keep_a_line_that_says_more_than_when(string line) =>
        Assert.False(Pipeline.Cleaning.PlainText.LineClassifier.IsDateStamp(line));
}
