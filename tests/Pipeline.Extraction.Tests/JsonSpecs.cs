using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_a_json_document_is_extracted
{
    [Fact]
    public void Should_read_title_text_url_and_published()
    {
        var result = Extract(Utf8("""{"title":"Bridge reopens","text":"The old bridge reopened.\n\nTraffic is light.","url":"https://example.org/bridge","published":"2024-04-01T10:00:00+02:00"}"""));
        Assert.Equal(DocumentFormat.Json, result.Format);
        var document = result.Documents[0];
        Assert.Equal("Bridge reopens", document.Title);
        Assert.Equal("The old bridge reopened.\n\nTraffic is light.", document.Text);
        Assert.Equal("https://example.org/bridge", document.Url);
        Assert.Equal("2024-04-01T08:00:00Z", document.Metadata["published"]);
        Assert.Null(document.Html);
    }

    [Fact]
    public void Should_take_text_from_an_html_field_and_keep_the_markup()
    {
        var document = Extract(Utf8("""{"title":"Recipe","html":"<h2>Bread</h2><p>Flour, water, salt.</p>"}""")).Documents[0];
        Assert.Equal("Bread\n\nFlour, water, salt.", document.Text);
        Assert.Equal("<h2>Bread</h2><p>Flour, water, salt.</p>", document.Html);
    }

    [Fact]
    public void Should_make_one_document_per_element_of_an_array()
    {
        var result = Extract(Utf8("""[{"id":"a1","text":"First"},{"url":"https://example.org/2","text":"Second"}]"""));
        Assert.Equal(["a1", "https://example.org/2"], result.Documents.Select(d => d.ItemKey));
    }

    [Fact]
    public void Should_refuse_malformed_json_as_corrupt() =>
        Assert.Equal(ExtractionErrorCodes.Corrupt, Refusal(Utf8("""{"title": "unterminated"""), "doc.json").Code);

    [Fact]
    public void Should_refuse_json_without_text_or_html_as_no_text() =>
        Assert.Equal(ExtractionErrorCodes.NoText, Refusal(Utf8("""{"title":"Only a title"}""")).Code);
}
