namespace Pipeline.Extraction;

/// <summary>The stable codes an <see cref="ExtractionException"/> carries.</summary>
public static class ExtractionErrorCodes
{
    public const string Empty = "empty";
    public const string Unsupported = "unsupported-format";
    public const string Corrupt = "corrupt";
    public const string Encrypted = "encrypted";
    public const string TooLarge = "too-large";
    public const string NoText = "no-text";
}
