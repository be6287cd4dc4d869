namespace Pipeline.Extraction;

/// <summary>
/// Entry point of the ingest algorithm: sniff the format, decode, extract text and metadata.
/// Pure and thread-safe; one instance can serve every document. Every refusal is an
/// <see cref="ExtractionException"/> with a code from <see cref="ExtractionErrorCodes"/>.
/// </summary>
public sealed class DocumentExtractor(ExtractionOptions? options = null)
{
    private const int CopyBufferBytes = 1 << 16;
    private readonly ExtractionOptions _options = options ?? new ExtractionOptions();

    /// <summary>Extracts from bytes already in memory; they are read in place, never copied.</summary>
    /// <param name="textSink">Where the text of a large text, Markdown or HTML input is written instead of a string; see <see cref="ExtractionOptions.StreamingThresholdBytes"/>.</param>
    public unsafe ExtractionResult Extract(ReadOnlySpan<byte> content, string? fileName = null, string? contentType = null, Stream? textSink = null)
    {
        RefuseTooLarge(content.Length);
        if (content.IsEmpty) throw Empty();
        fixed (byte* pointer = content)
        {
            using var stream = new UnmanagedMemoryStream(pointer, content.Length);
            return ExtractSeekable(stream, fileName, contentType, textSink);
        }
    }

    /// <summary>
    /// Extracts from a stream, e.g. a blob in the store, reading from its current position to its end.
    /// A seekable stream at position 0 is read in place; any other is first copied into memory (up to
    /// <see cref="ExtractionOptions.MaxInputBytes"/>), since PDF and DOCX need to seek and text is read twice.
    /// </summary>
    /// <param name="length">The size the caller knows (refused at once when above the limit), or -1.</param>
    /// <param name="textSink">Where the text of a large text, Markdown or HTML input is written instead of a string; see <see cref="ExtractionOptions.StreamingThresholdBytes"/>.</param>
    public ExtractionResult Extract(Stream content, long length, string? fileName = null, string? contentType = null, Stream? textSink = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (length >= 0) RefuseTooLarge(length);
        if (content is { CanSeek: true, Position: 0 })
        {
            RefuseTooLarge(content.Length);
            return ExtractSeekable(content, fileName, contentType, textSink);
        }
        using var copy = CopyBounded(content, length);
        return ExtractSeekable(copy, fileName, contentType, textSink);
    }

    private ExtractionResult ExtractSeekable(Stream stream, string? fileName, string? contentType, Stream? textSink)
    {
        stream.Position = 0;
        var head = new byte[(int)Math.Min(stream.Length, FormatSniffer.SampleBytes)];
        stream.ReadExactly(head);
        if (head.AsSpan().TrimStart(" \t\r\n"u8).IsEmpty && stream.Length <= head.Length) throw Empty();
        if (BinarySignatures.IsOleCompoundFile(head)) OleFileInspector.Refuse(stream);

        stream.Position = 0;
        // Only the formats that can be read in one pass stream; the others ignore the sink.
        var sink = textSink is not null && stream.Length > _options.StreamingThresholdBytes ? textSink : null;
        var input = new ExtractionInput(stream, head, fileName, contentType, _options) { TextSink = sink };
        return FormatSniffer.Detect(head, fileName, contentType) switch
        {
            DocumentFormat.Html => HtmlPageExtractor.Extract(input),
            DocumentFormat.PlainText => PlainTextExtractor.Extract(input),
            DocumentFormat.Markdown => MarkdownTextExtractor.Extract(input),
            DocumentFormat.Pdf => PdfTextExtractor.Extract(input),
            DocumentFormat.Docx => DocxTextExtractor.Extract(input),
            DocumentFormat.Email => EmailTextExtractor.Extract(input),
            DocumentFormat.Json => JsonDocumentReader.Extract(input),
            DocumentFormat.Feed => FeedReader.Extract(input),
            var other => throw new ExtractionException(ExtractionErrorCodes.Unsupported, $"Ingest does not read {other} yet."),
        };
    }

    private MemoryStream CopyBounded(Stream content, long length)
    {
        var copy = new MemoryStream(length is > 0 and <= int.MaxValue ? (int)length : 0);
        var buffer = new byte[CopyBufferBytes];
        int read;
        while ((read = content.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
            RefuseTooLarge(copy.Length);
        }
        if (copy.Length == 0) throw Empty();
        return copy;
    }

    private void RefuseTooLarge(long length)
    {
        if (length > _options.MaxInputBytes)
            throw new ExtractionException(ExtractionErrorCodes.TooLarge,
                $"The file has {length:N0} bytes; the limit is {_options.MaxInputBytes:N0} (ExtractionOptions.MaxInputBytes).");
    }

    private static ExtractionException Empty() => new(ExtractionErrorCodes.Empty, "The file is empty.");
}
