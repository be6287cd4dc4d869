namespace Pipeline.Extraction;

/// <summary>The stable codes an <see cref="ExtractionException"/> carries; failure records and dashboards key on them.</summary>
public static class ExtractionErrorCodes
{
    /// <summary>No bytes, or only white space.</summary>
    public const string Empty = "empty";

    /// <summary>The bytes are a format ingest does not read (images, archives, legacy Office, ...).</summary>
    public const string Unsupported = "unsupported-format";

    /// <summary>The bytes claim a format but break it: truncated or damaged PDF/DOCX, malformed JSON/XML/MIME.</summary>
    public const string Corrupt = "corrupt";

    /// <summary>Password-protected PDF or Office file.</summary>
    public const string Encrypted = "encrypted";

    /// <summary>Above <see cref="ExtractionOptions.MaxInputBytes"/>.</summary>
    public const string TooLarge = "too-large";

    /// <summary>The document parsed, but holds no visible text (scripts only, scanned images, empty items).</summary>
    public const string NoText = "no-text";

    /// <summary>
    /// A decompression or entity-expansion bomb: a DOCX that would inflate past the limits in
    /// <see cref="ExtractionOptions"/>, or XML whose entities expand past them.
    /// </summary>
    public const string Bomb = "bomb";

    /// <summary>
    /// Text that is UTF-8 (declared, or evidently so) but has more invalid byte sequences than
    /// <see cref="ExtractionOptions.MaxInvalidUtf8Ratio"/> allows; see <see cref="TextDecoder"/> for why.
    /// </summary>
    public const string InvalidEncoding = "invalid-encoding";
}
