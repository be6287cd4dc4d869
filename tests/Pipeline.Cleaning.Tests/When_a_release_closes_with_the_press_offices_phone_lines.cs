namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A government release closes with the press office's contact box: a "Media enquiries" heading,
/// the office's address, its e-mail, and its phone numbers each on a line of its own under a short
/// label ("Telephone 0300 555 0100", "Out of hours 0300 555 0199"). They tell a journalist whom to
/// call, not the reader the news, and go with their heading. The release's last paragraph stays.
/// (Laid out as the GOV.UK design system sets a release, with text of its own.)
/// </summary>
public class When_a_release_closes_with_the_press_offices_phone_lines
{
    private const string Html = """
        <html><head><title>New ferry pier to open in Kellmouth</title></head><body>
        <main id="main-content">
          <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><span class="govuk-caption-xl">Press release</span><h1>New ferry pier to open in Kellmouth</h1></div>
          <div class="govuk-grid-column-two-thirds"><p class="gem-c-lead-paragraph">The pier will let the larger ferries on the Skerra route berth at any tide, ending winter cancellations.</p></div></div>
          <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
            <div class="gem-c-govspeak"><div class="govspeak">
              <p>A new ferry pier will open in Kellmouth in the spring, the Department for Island Transport announced today.</p>
              <p>The pier replaces a timber structure from 1958 and will let the larger ferries on the Skerra route berth at any tide, ending the cancellations that have cut off the island for several days each winter.</p>
              <p>Islanders can see the timetable for the new services at the harbour office from next week, and it will be published online at the same time.</p>
            </div></div>
            <div class="gem-c-contact-box"><h2>Media enquiries</h2><div class="contact"><div class="content">
              <p class="vcard">Department for Island Transport press office<br>Quay House, Kellmouth</p>
              <p class="tel">Telephone 0300 555 0100</p>
              <p class="tel">Out of hours 0300 555 0199</p>
            </div></div></div>
            <div class="gem-c-published-dates"><p>Published 3 March 2026</p></div>
          </div></div>
        </main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Media enquiries")]
    [InlineData("Quay House, Kellmouth")]
    [InlineData("Telephone 0300 555 0100")]
    [InlineData("Out of hours 0300 555 0199")]
    public void Should_drop_the_contact_lines(string line) =>
        Assert.DoesNotContain(line, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_keep_the_releases_last_paragraph() =>
        Assert.EndsWith("published online at the same time.", _cleaned.Text, StringComparison.Ordinal);
}
