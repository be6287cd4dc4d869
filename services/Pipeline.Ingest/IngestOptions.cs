using Pipeline.Extraction;
using Pipeline.ServiceDefaults;

namespace Pipeline.Ingest;

/// <summary>
/// The ingest service's own settings (environment variables or appsettings):
/// <c>PIPELINE_MAX_DOCUMENT_BYTES</c>, <c>PIPELINE_STREAM_ABOVE_BYTES</c>, <c>PIPELINE_WATCH_DIR</c>,
/// <c>PIPELINE_WATCH_SOURCE</c>, <c>PIPELINE_API_KEY</c>.
/// </summary>
public sealed record IngestOptions
{
    /// <summary>RabbitMQ's default <c>max_message_size</c>: a larger drop cannot reach the queue anyway.</summary>
    public const long DefaultMaxDocumentBytes = 128L * 1024 * 1024;

    /// <summary>Larger files are refused with the code <c>too-large</c>, before anything is read or stored.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>
    /// Text, Markdown and HTML files larger than this are extracted in one streaming pass and their
    /// text is kept in the blob store, so ingest's memory does not grow with the file
    /// (<see cref="ExtractionOptions.StreamingThresholdBytes"/>, 8 MiB by default).
    /// </summary>
    public long StreamingThresholdBytes { get; init; } = new ExtractionOptions().StreamingThresholdBytes;

    /// <summary>A folder whose new and changed files the service drops into its own queue; null: no watching.</summary>
    public string? WatchDirectory { get; init; }

    /// <summary>The <c>source</c> the watched files are dropped with; part of their identity.</summary>
    public string? WatchSource { get; init; }

    /// <summary>The key <c>POST /documents</c> and <c>GET /documents/{id}</c> require; null: the endpoints answer 503.</summary>
    public string? ApiKey { get; init; }

    public ExtractionOptions Extraction => new() { MaxInputBytes = MaxDocumentBytes, StreamingThresholdBytes = StreamingThresholdBytes };

    public static IngestOptions From(IConfiguration? configuration)
    {
        if (configuration is null) return new IngestOptions();
        return new IngestOptions
        {
            MaxDocumentBytes = Bytes(configuration, "PIPELINE_MAX_DOCUMENT_BYTES", DefaultMaxDocumentBytes),
            StreamingThresholdBytes = Bytes(configuration, "PIPELINE_STREAM_ABOVE_BYTES", new ExtractionOptions().StreamingThresholdBytes),
            WatchDirectory = NullIfBlank(configuration["PIPELINE_WATCH_DIR"]),
            WatchSource = NullIfBlank(configuration["PIPELINE_WATCH_SOURCE"]),
            ApiKey = NullIfBlank(configuration["PIPELINE_API_KEY"]),
        };
    }

    private static long Bytes(IConfiguration configuration, string key, long fallback) =>
        NumberSettings.Positive(configuration, key, fallback, "bytes, e.g. 134217728 for 128 MiB");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
