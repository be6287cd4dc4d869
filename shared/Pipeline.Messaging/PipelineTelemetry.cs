using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Pipeline.Messaging;

/// <summary>
/// The pipeline's own ActivitySource and meter. Every stage span carries the document id and
/// version, so a trace viewer can find a document's journey by either.
/// </summary>
public static class PipelineTelemetry
{
    public const string Name = "Pipeline";
    public const string DocumentIdTag = "document.id";
    public const string DocumentVersionTag = "document.version";
    public const string StageTag = "pipeline.stage";

    public static readonly ActivitySource Source = new(Name, typeof(PipelineTelemetry).Assembly.GetName().Version?.ToString());
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Documents = Meter.CreateCounter<long>("pipeline.documents", "{document}",
        "Documents a stage finished, by stage and outcome (created, unchanged, failed).");

    public static readonly Histogram<double> StageDuration = Meter.CreateHistogram<double>("pipeline.stage.duration", "ms",
        "Time a stage spent on one document.");

    /// <summary>
    /// A logging scope that puts the document id and version on every log line written inside it
    /// (exported as attributes by OpenTelemetry logging, which includes scopes).
    /// </summary>
    public static IDisposable? BeginDocumentScope(this ILogger logger, string? documentId, int? version = null) =>
        logger.BeginScope(new Dictionary<string, object?> { [DocumentIdTag] = documentId, [DocumentVersionTag] = version });

    /// <summary>Counts a finished document (created, or unchanged when the work was already done) and its time.</summary>
    public static void RecordStage(string stage, bool created, double milliseconds)
    {
        Documents.Add(1, new(StageTag, stage), new("outcome", created ? "created" : "unchanged"));
        StageDuration.Record(milliseconds, new KeyValuePair<string, object?>(StageTag, stage));
    }

    /// <summary>Starts the span of one stage's work on one document (a child of the consume span).</summary>
    public static Activity? StartStage(string stage, string? documentId, int? version = null)
    {
        var activity = Source.StartActivity($"{stage} document", ActivityKind.Internal);
        activity?.SetTag(StageTag, stage);
        if (documentId is not null) activity?.SetTag(DocumentIdTag, documentId);
        if (version is not null) activity?.SetTag(DocumentVersionTag, version);
        return activity;
    }
}
