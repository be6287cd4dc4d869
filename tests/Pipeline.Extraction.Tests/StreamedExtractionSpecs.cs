using System.Text;
using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

/// <summary>Large text, Markdown and HTML inputs given a text sink: the text goes to the sink, as it would have come out in memory.</summary>
public class When_a_large_text_is_extracted_into_a_sink
{
    private static readonly ExtractionOptions StreamEverything = new() { StreamingThresholdBytes = 0 };

    /// <summary>Extracts with every input above the threshold; answers the result and the sink's text, decoded strictly.</summary>
    internal static (ExtractedDocument Document, ExtractionResult Result, string SinkText) Streamed(byte[] bytes, string? fileName = null, string? contentType = null)
    {
        var sink = new MemoryStream();
        var result = new DocumentExtractor(StreamEverything).Extract(bytes, fileName, contentType, sink);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(sink.ToArray());
        return (result.Documents.Single(), result, text);
    }

    public static TheoryData<string, byte[], string> Texts => new()
    {
        { "utf-8", Utf8("Ärztin’s notes  \n\n\n\nZeile zwei — 東京 🚀\n\tindented\n"), "notes.txt" },
        { "windows-1252", Encoding.GetEncoding(1252).GetBytes("Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u2013 \u00a3 5\n\nna\u00efve r\u00e9sum\u00e9 \u201cquoted\u201d\n"), "menu.txt" },
        { "utf-16 with bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Wide text\r\n\r\nwith a second paragraph 𝄞 and more\r\n")], "wide.txt" },
        { "crlf", Utf8("\r\n\r\nTitle line\r\n\r\n\r\n\r\nbody one\r\nbody two\r\rthree\f\u2028four  \t\r\n"), "crlf.txt" },
        { "long single line", Utf8(string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 20_000))), "line.txt" },
        { "control characters", Utf8("Bell\u0007 and escape\u001b dropped\u0085next line\n\n\n"), "controls.txt" },
    };

    static When_a_large_text_is_extracted_into_a_sink() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_write_the_same_plain_text_as_the_in_memory_path(string shape, byte[] bytes, string fileName)
    {
        var inMemory = Extract(bytes, fileName).Documents.Single();
        var (streamed, result, sinkText) = Streamed(bytes, fileName);
        Assert.Equal(inMemory.Text, sinkText);
        Assert.Equal("", streamed.Text);
        Assert.Equal(sinkText.Length, streamed.SinkCharacters);
        Assert.Equal(inMemory.Title, streamed.Title);
        Assert.Equal(inMemory.Metadata, streamed.Metadata);
        Assert.Equal(Extract(bytes, fileName).Encoding, result.Encoding);
        Assert.Equal(DocumentFormat.PlainText, result.Format);
        Assert.False(string.IsNullOrEmpty(shape));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Should_write_the_same_plain_text_whatever_size_the_chunks_are(string shape, byte[] bytes, string fileName)
    {
        using var input = new MemoryStream(bytes);
        var encoding = EncodingDetector.Detect(input, 0, null, markup: false, new ExtractionOptions());
        var expected = DecodedText.ReadNormalized(input, encoding.BomLength, encoding.Encoding);
        foreach (var chunkBytes in (int[])[1, 2, 3, 5, 64])
        {
            var sink = new MemoryStream();
            using (var writer = new Utf8TextSink(sink))
            {
                StreamedPlainText.Write(input, encoding.BomLength, encoding.Encoding, writer, chunkBytes: chunkBytes);
                writer.Complete();
            }
            Assert.True(expected == Encoding.UTF8.GetString(sink.ToArray()), $"{shape}, {chunkBytes}-byte chunks");
        }
        _ = fileName;
    }

    [Fact]
    public void Should_count_repaired_utf8_sequences_as_the_in_memory_path_does()
    {
        var bytes = Utf8(string.Concat(Enumerable.Repeat("Überschrift und Text, der lang genug ist. ", 200)) + "kaputt").Append((byte)0xC3).ToArray();
        var inMemory = Extract(bytes, "repaired.txt").Documents.Single();
        var (streamed, _, sinkText) = Streamed(bytes, "repaired.txt");
        Assert.Equal("1", streamed.Metadata["encodingRepairs"]);
        Assert.Equal(inMemory.Text, sinkText);
        Assert.EndsWith("kaputt\uFFFD", sinkText);
    }

    [Fact]
    public void Should_refuse_badly_broken_utf8_before_writing_anything()
    {
        var bytes = Utf8("Grüße " + new string('x', 100)).Concat(Enumerable.Repeat((byte)0xFF, 50)).ToArray();
        var sink = new MemoryStream();
        var error = Assert.Throws<ExtractionException>(() => new DocumentExtractor(StreamEverything).Extract(bytes, "broken.txt", null, sink));
        Assert.Equal(ExtractionErrorCodes.InvalidEncoding, error.Code);
        Assert.Equal(0, sink.Length);
    }

    [Fact]
    public void Should_refuse_a_large_file_of_white_space_as_no_text()
    {
        var sink = new MemoryStream();
        var bytes = Utf8(string.Concat(Enumerable.Repeat(" \t\r\n\n", 50_000)) + "x").SkipLast(1).ToArray();
        var error = Assert.Throws<ExtractionException>(() => new DocumentExtractor(StreamEverything).Extract(bytes, "blank.txt", null, sink));
        Assert.Equal(ExtractionErrorCodes.NoText, error.Code);
        Assert.Equal(0, sink.Length);
    }

    [Fact]
    public void Should_count_the_characters_in_the_sink_not_its_bytes()
    {
        var (document, _, sinkText) = Streamed(Utf8("Grüße aus 東京 🚀\n\nzweiter Absatz"), "greeting.txt");
        Assert.Equal("Grüße aus 東京 🚀\n\nzweiter Absatz".Length, document.SinkCharacters);
        Assert.Equal(sinkText.Length, document.SinkCharacters);
        Assert.Equal("Grüße aus 東京 🚀", document.Title);
    }

    [Fact]
    public void Should_fill_the_text_and_leave_the_sink_untouched_below_the_threshold()
    {
        var sink = new MemoryStream();
        var bytes = Utf8("Small note\n\nbelow the threshold");
        var result = new DocumentExtractor(new ExtractionOptions { StreamingThresholdBytes = bytes.Length }).Extract(bytes, "small.txt", null, sink);
        Assert.Equal("Small note\n\nbelow the threshold", result.Documents[0].Text);
        Assert.Null(result.Documents[0].SinkCharacters);
        Assert.Equal(0, sink.Length);
    }

    [Fact]
    public void Should_behave_as_before_without_a_sink_whatever_the_threshold()
    {
        var bytes = Utf8("<html><body><p>Kept as markup</p></body></html>");
        var withoutSink = new DocumentExtractor(StreamEverything).Extract(bytes, "page.html").Documents[0];
        Assert.Equal("Kept as markup", withoutSink.Text);
        Assert.Null(withoutSink.SinkCharacters);
        Assert.NotNull(withoutSink.Html);
        Assert.False(withoutSink.Metadata.ContainsKey("markup"));
    }

    [Fact]
    public void Should_ignore_the_sink_for_formats_that_cannot_stream()
    {
        var sink = new MemoryStream();
        var bytes = Docx("Report", "A paragraph of the report.");
        var result = new DocumentExtractor(StreamEverything).Extract(bytes, "report.docx", null, sink);
        Assert.Contains("A paragraph of the report.", result.Documents[0].Text);
        Assert.Null(result.Documents[0].SinkCharacters);
        Assert.Equal(0, sink.Length);
    }

    [Fact]
    public void Should_stream_from_a_seekable_stream_too()
    {
        var bytes = Utf8("Stream title\n\n" + string.Concat(Enumerable.Repeat("body text ", 1000)));
        var sink = new MemoryStream();
        var result = new DocumentExtractor(StreamEverything).Extract(new MemoryStream(bytes), bytes.Length, "s.txt", null, sink);
        Assert.Equal(Extract(bytes, "s.txt").Documents[0].Text, Encoding.UTF8.GetString(sink.ToArray()));
        Assert.Equal("Stream title", result.Documents[0].Title);
    }
}
