namespace Pipeline.Extraction;

/// <summary>
/// The input cannot be turned into text, and trying again will not change that.
/// <see cref="Code"/> is short and stable (see <see cref="ExtractionErrorCodes"/>).
/// </summary>
public sealed class ExtractionException(string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;
}
