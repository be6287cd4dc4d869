namespace Pipeline.Extraction;

/// <summary>
/// One input as every format reader sees it: a seekable stream that starts at position 0 and ends
/// where the document ends, its first bytes, and the caller's hints.
/// </summary>
internal sealed record ExtractionInput(Stream Stream, byte[] Head, string? FileName, string? ContentType, ExtractionOptions Options)
{
    /// <summary>
    /// Where plain text, Markdown and HTML readers write their text instead of returning a string;
    /// set only when the input is larger than <see cref="ExtractionOptions.StreamingThresholdBytes"/>.
    /// </summary>
    public Stream? TextSink { get; init; }

    /// <summary>The charset a content type such as <c>text/html; charset=iso-8859-2</c> declares.</summary>
    public string? DeclaredCharset => TextDecoder.CharsetOfContentType(ContentType);

    /// <summary>A title of last resort: the file name without its extension.</summary>
    public string? FileTitle => string.IsNullOrWhiteSpace(FileName) ? null : Path.GetFileNameWithoutExtension(FileName);

    public ExtractionResult Single(DocumentFormat format, string? encoding, ExtractedDocument document) => new()
    {
        Format = format,
        MediaType = FormatSniffer.MediaTypeOf(format),
        Encoding = encoding,
        Documents = [document],
    };
}
