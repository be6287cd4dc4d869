namespace Pipeline.Extraction;

/// <summary>Plain text: decoded, lines normalized, paragraphs kept as blank-line-separated blocks.</summary>
internal static class PlainTextExtractor
{
    public static ExtractionResult Extract(ExtractionInput input)
    {
        var encoding = EncodingDetector.Detect(input.Stream, 0, input.DeclaredCharset, markup: false, input.Options);
        if (input.TextSink is { } textSink) return ExtractStreamed(input, encoding, textSink);
        var text = DecodedText.ReadNormalized(input.Stream, encoding.BomLength, encoding.Encoding);
        if (text.Length == 0) throw new ExtractionException(ExtractionErrorCodes.NoText, "The file holds only white space.");
        return input.Single(DocumentFormat.PlainText, encoding.Name, new ExtractedDocument
        {
            Title = Headline(text) ?? input.FileTitle,
            Text = text,
            Metadata = EncodingMetadata(encoding),
        });
    }

    /// <summary>A text larger than the streaming threshold: the same text, written to the sink in one pass.</summary>
    private static ExtractionResult ExtractStreamed(ExtractionInput input, TextEncoding encoding, Stream textSink)
    {
        using var sink = new Utf8TextSink(textSink);
        StreamedPlainText.Write(input.Stream, encoding.BomLength, encoding.Encoding, sink);
        sink.Complete();
        if (sink.Characters == 0) throw new ExtractionException(ExtractionErrorCodes.NoText, "The file holds only white space.");
        return input.Single(DocumentFormat.PlainText, encoding.Name, new ExtractedDocument
        {
            Title = Headline(sink.Head) ?? input.FileTitle,
            Text = "",
            SinkCharacters = sink.Characters,
            Metadata = EncodingMetadata(encoding),
        });
    }

    /// <summary>The first line when it is short enough to be a title; looks no further than 300 characters, whatever the line's length.</summary>
    /// <remarks>Reads only the first 302 characters, so a streamed text's <see cref="Utf8TextSink.Head"/> gives the same answer as the whole text.</remarks>
    internal static string? FirstLine(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 302)).TrimStart();
        var end = head.IndexOf('\n');
        if (end < 0 && text.Length > 301) return null;
        var first = (end < 0 ? head : head[..end]).Trim();
        return first.Length is > 0 and <= 300 ? first.ToString() : null;
    }

    /// <summary>
    /// The first line, unless it reads as the story's first paragraph rather than a headline: over
    /// 150 characters and ending as a sentence does ("LIMA — Peru's electoral authority said on
    /// Monday that …, ahead of the Popular Force party."). A text that starts with its first
    /// paragraph is then titled by its file name, as a text with an over-long first line is,
    /// instead of repeating that paragraph as its title.
    /// </summary>
    internal static string? Headline(string text) =>
        FirstLine(text) is { } line && !(line.Length > 150 && EndsAsSentence(line)) ? line : null;

    private static bool EndsAsSentence(string line) =>
        line.TrimEnd('"', '\'', '\u201D', '\u2019', ')') is [.., '.' or '!' or '?'];

    /// <summary>Records how many invalid UTF-8 sequences were replaced, so a repaired text is never mistaken for the original.</summary>
    internal static Dictionary<string, string> EncodingMetadata(TextEncoding encoding) =>
        encoding.InvalidSequences > 0 ? new() { ["encodingRepairs"] = encoding.InvalidSequences.ToString() } : [];
}
