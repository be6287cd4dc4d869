namespace Pipeline.Extraction;

/// <summary>HTML and XHTML pages: decoded markup for the clean stage, visible text, and head metadata.</summary>
internal static class HtmlPageExtractor
{
    public static ExtractionResult Extract(ExtractionInput input)
    {
        var encoding = EncodingDetector.Detect(input.Stream, 0, input.DeclaredCharset, markup: true, input.Options);
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
}
