using Pipeline.Cleaning.Tests.Pages;

namespace Pipeline.Cleaning.Tests;

public class When_a_story_ends_with_notes_from_the_editors
{
    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = StoryWithEditorNotesPage.Html });

    [Fact]
    public void Should_end_the_text_with_the_last_paragraph_of_the_story() =>
        Assert.EndsWith("Would you swap your car for a bike if the paths were dry?", _cleaned.Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("___", "end-note")]
    [InlineData("A version of this article appears in print on May 3, 2024, Section B, Page 2.", "end-note")]
    [InlineData("(jmr)", "end-note")]
    // Lines that open with the declared author's name are bylines or bios wherever they stand.
    [InlineData("Jane Marlow covers science and the environment for the Tribune. Reach her at jane.marlow@tribune.example.", "byline")]
    [InlineData("Jane Marlow, Science correspondent", "byline")]
    public void Should_remove_each_note_with_its_reason(string note, string reason) =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == note && removed.Reason == reason);
}
