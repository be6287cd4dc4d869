using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_an_email_is_extracted
{
    private static readonly byte[] Message = Email("Site visit on Friday",
        "Hello team,\n\nthe site visit moves to Friday.\nBring boots.\n\nAda",
        "<p>Hello team,</p><p>the site visit moves to <b>Friday</b>.</p>",
        ("map.pdf", "application/pdf", new byte[3000]),
        ("plan.txt", "text/plain", "route A then route B"u8.ToArray()));

    [Fact]
    public void Should_take_the_plain_body_as_text_and_keep_the_html_body()
    {
        var result = Extract(Message, "visit.eml");
        Assert.Equal(DocumentFormat.Email, result.Format);
        var document = result.Documents[0];
        Assert.Equal("Hello team,\n\nthe site visit moves to Friday.\nBring boots.\n\nAda", document.Text);
        Assert.Contains("<b>Friday</b>", document.Html);
        Assert.Equal("Site visit on Friday", document.Title);
    }

    [Fact]
    public void Should_keep_headers_and_list_attachments_with_type_and_decoded_size()
    {
        var metadata = Extract(Message).Documents[0].Metadata;
        Assert.Equal("Site visit on Friday", metadata["subject"]);
        Assert.Contains("ada@example.org", metadata["from"]);
        Assert.Contains("team@example.org", metadata["to"]);
        Assert.Equal("2024-05-06T12:00:00Z", metadata["date"]);
        Assert.Equal("map.pdf (application/pdf, 3000 bytes); plan.txt (text/plain, 20 bytes)", metadata["attachments"]);
    }

    [Fact]
    public void Should_read_the_text_of_an_html_only_message()
    {
        var document = Extract(Email("Menu", null, "<html><body><h2>Lunch</h2><p>Soup and bread</p></body></html>")).Documents[0];
        Assert.Equal("Lunch\n\nSoup and bread", document.Text);
    }
}
