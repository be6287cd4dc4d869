namespace Pipeline.Extraction;

/// <summary>Limits that keep one hostile or oversized input from taking the ingest service down.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Inputs above this size are refused with <see cref="ExtractionErrorCodes.TooLarge"/>.</summary>
    public long MaxInputBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>
    /// Plain text, Markdown and HTML inputs larger than this are read in one streaming pass when the
    /// caller gives a text sink: the text goes to the sink as it is produced, so memory stays the
    /// same whatever the input's size. Markdown is then read as plain text, and HTML's markup is not
    /// kept (<see cref="ExtractedDocument.Html"/> is null), since both need the whole input at once.
    /// </summary>
    /// <remarks>
    /// A streamed document says what became of its markup in <c>Metadata["markup"]</c>: HTML
    /// <c>"not kept: larger than StreamingThresholdBytes"</c>, Markdown <c>"not rendered: larger than
    /// StreamingThresholdBytes, read as plain text"</c> (its front matter is still read and left out of
    /// the text). Plain text streams exactly the text it would have returned; so does HTML, read a
    /// window at a time with the same tokenizer, except that a single tag or comment above 4 Mi
    /// characters is refused (<see cref="ExtractionErrorCodes.TooLarge"/>), the title is kept to its
    /// first 16 Ki characters, and a first <c>&lt;h1&gt;</c> (the title of last resort) only counts
    /// under 64 Ki characters. Refusals that the encoding or the format decide (invalid UTF-8, no text)
    /// come before anything is written; a page refused mid-way for an oversized tag leaves a partial
    /// text in the sink, which the caller discards. Memory is flat only for a seekable stream at
    /// position 0 (or bytes in memory): any other stream is copied first, as without a sink.
    /// </remarks>
    public long StreamingThresholdBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>
    /// A DOCX whose parts would inflate to more than this in total is refused as a
    /// <see cref="ExtractionErrorCodes.Bomb"/>. Checked against the sizes the zip declares, which
    /// the zip reader also enforces while inflating, so nothing larger is ever inflated.
    /// </summary>
    public long MaxInflatedBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Highest inflated/compressed ratio of one zip entry (past 1 MB); real DOCX parts stay far below 100.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Most entries a DOCX may hold; a real document has dozens.</summary>
    public int MaxArchiveEntries { get; init; } = 10_000;

    /// <summary>Characters XML entity references may expand to in a feed before it counts as an entity bomb.</summary>
    public long MaxXmlEntityCharacters { get; init; } = 1_000_000;

    /// <summary>
    /// Share of a UTF-8 text's bytes that may be invalid and get replaced by U+FFFD (a truncated last
    /// character, a stray byte); above it the text is refused with <see cref="ExtractionErrorCodes.InvalidEncoding"/>.
    /// </summary>
    public double MaxInvalidUtf8Ratio { get; init; } = 0.001;
}
