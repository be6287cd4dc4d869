using System.Text;
using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_the_encoding_is_not_utf8
{
    private const string French = "Le cœur déçu mais l'âme plutôt naïve, Noël rêva d'un été à Göteborg.";
    private const string Polish = "Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig, póki śnieg.";

    static When_the_encoding_is_not_utf8() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Should_detect_undeclared_windows_1252()
    {
        var result = Extract(Encoding.GetEncoding(1252).GetBytes(French));
        Assert.Equal("windows-1252", result.Encoding);
        Assert.Equal(French, result.Documents[0].Text);
    }

    [Fact]
    public void Should_detect_undeclared_iso_8859_2()
    {
        var result = Extract(Encoding.GetEncoding("iso-8859-2").GetBytes(Polish));
        Assert.Equal("iso-8859-2", result.Encoding);
        Assert.Equal(Polish, result.Documents[0].Text);
    }

    [Fact]
    public void Should_follow_an_html_meta_charset()
    {
        var page = $"<html><head><meta charset=\"iso-8859-2\"></head><body><p>{Polish}</p></body></html>";
        var result = Extract(Encoding.GetEncoding("iso-8859-2").GetBytes(page));
        Assert.Equal("iso-8859-2", result.Encoding);
        Assert.Equal(Polish, result.Documents[0].Text);
        Assert.Contains(Polish, result.Documents[0].Html);
    }

    [Fact]
    public void Should_follow_the_charset_of_the_content_type()
    {
        var result = Extract(Encoding.GetEncoding(1250).GetBytes(Polish), contentType: "text/plain; charset=windows-1250");
        Assert.Equal("windows-1250", result.Encoding);
        Assert.Equal(Polish, result.Documents[0].Text);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public void Should_follow_a_byte_order_mark(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var result = Extract([.. encoding.GetPreamble(), .. encoding.GetBytes(French)]);
        Assert.Equal(French, result.Documents[0].Text);
        Assert.Equal(encoding.WebName, result.Encoding);
    }

    [Fact]
    public void Should_detect_utf16_without_a_byte_order_mark()
    {
        var result = Extract(Encoding.Unicode.GetBytes("Plain words in UTF-16, no mark.\n\n" + French));
        Assert.Equal("utf-16", result.Encoding);
        Assert.EndsWith(French, result.Documents[0].Text);
    }

    [Fact]
    public void Should_always_produce_text_that_round_trips_through_utf8()
    {
        var text = Extract(Encoding.GetEncoding(1252).GetBytes(French)).Documents[0].Text;
        Assert.Equal(text, Encoding.UTF8.GetString(new UTF8Encoding(false, true).GetBytes(text)));
    }
}

public class When_utf8_is_invalid
{
    [Fact]
    public void Should_refuse_declared_utf8_that_is_badly_broken_as_invalid_encoding()
    {
        byte[] broken = [.. Utf8("<html><head><meta charset=\"utf-8\"></head><body><p>caf"), 0xC3, 0x28, 0xFF, 0xFE, 0x80, .. Utf8(" au lait</p></body></html>")];
        var error = Refusal(broken);
        Assert.Equal(ExtractionErrorCodes.InvalidEncoding, error.Code);
        Assert.Contains("first at byte", error.Message);
    }

    [Fact]
    public void Should_refuse_utf8_with_a_byte_order_mark_and_broken_sequences() =>
        Assert.Equal(ExtractionErrorCodes.InvalidEncoding, Refusal([0xEF, 0xBB, 0xBF, .. Utf8("naïve "), 0xE2, 0x82, .. Utf8(" text "), 0xC0, 0xAF]).Code);

    [Fact]
    public void Should_repair_a_rare_bad_sequence_in_a_long_text_and_say_so()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Grüße aus München, wo es heute regnet. ", 100));
        byte[] bytes = [.. Utf8(paragraph), 0xFF, .. Utf8(paragraph)];
        var document = Extract(bytes).Documents[0];
        Assert.Contains('\uFFFD', document.Text);
        Assert.Equal("1", document.Metadata["encodingRepairs"]);
    }

    [Fact]
    public void Should_decode_through_the_public_text_decoder()
    {
        var (text, encoding) = TextDecoder.Decode(Utf8("Ærø ferry"));
        Assert.Equal(("Ærø ferry", "utf-8"), (text, encoding));
    }
}
