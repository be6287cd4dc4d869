namespace Pipeline.Extraction;

/// <summary>HTML and XHTML pages: decoded markup for the clean stage, visible text, and head metadata.</summary>
internal static class HtmlPageExtractor
{
    /// <summary>The metadata key that says a page's markup was not kept (<see cref="ExtractedDocument.Html"/> is null).</summary>
    public const string MarkupKey = "markup";

    public static ExtractionResult Extract(ExtractionInput input)
    {
        var encoding = EncodingDetector.Detect(input.Stream, 0, input.DeclaredCharset, markup: true, input.Options);
        if (input.TextSink is { } textSink) return ExtractStreamed(input, encoding, textSink);
        var html = DecodedText.Read(input.Stream, encoding.BomLength, encoding.Encoding);
        var content = HtmlTextExtractor.Extract(html);
        if (content.Text.Length == 0)
            throw new ExtractionException(ExtractionErrorCodes.NoText,
                $"The HTML has no visible text: its {html.Length:N0} characters are markup, scripts and styles only.");
        foreach (var (key, value) in PlainTextExtractor.EncodingMetadata(encoding)) content.Metadata[key] = value;
        return input.Single(DocumentFormat.Html, encoding.Name, new ExtractedDocument
        {
            Title = content.Title ?? PlainTextExtractor.FirstLine(content.Text) ?? input.FileTitle,
            Text = content.Text,
            Html = html,
            Url = content.CanonicalUrl,
            Metadata = content.Metadata,
        });
    }

    /// <summary>A page larger than the streaming threshold: text to the sink in one pass, markup not kept.</summary>
    private static ExtractionResult ExtractStreamed(ExtractionInput input, TextEncoding encoding, Stream textSink)
    {
        using var sink = new Utf8TextSink(textSink);
        var content = StreamedHtmlText.Extract(input.Stream, encoding.BomLength, encoding.Encoding, sink);
        sink.Complete();
        if (sink.Characters == 0)
            throw new ExtractionException(ExtractionErrorCodes.NoText,
                $"The HTML has no visible text: its {input.Stream.Length:N0} bytes are markup, scripts and styles only.");
        foreach (var (key, value) in PlainTextExtractor.EncodingMetadata(encoding)) content.Metadata[key] = value;
        content.Metadata[MarkupKey] = "not kept: larger than StreamingThresholdBytes";
        return input.Single(DocumentFormat.Html, encoding.Name, new ExtractedDocument
        {
            Title = content.Title ?? PlainTextExtractor.FirstLine(sink.Head) ?? input.FileTitle,
            Text = "",
            SinkCharacters = sink.Characters,
            Url = content.CanonicalUrl,
            Metadata = content.Metadata,
        });
    }
}
