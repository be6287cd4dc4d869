namespace Pipeline.Extraction;

public sealed record ExtractionOptions
{
    /// <summary>Inputs above this size are refused with <see cref="ExtractionErrorCodes.TooLarge"/>.</summary>
    public long MaxInputBytes { get; init; } = 128L * 1024 * 1024;
}
