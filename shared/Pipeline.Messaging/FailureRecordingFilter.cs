using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using MassTransit;
using Microsoft.Extensions.Logging;
using Pipeline.Contracts;
using Pipeline.Storage;

namespace Pipeline.Messaging;

/// <summary>
/// Sits outside the retry filter, so it sees an exception only once retries are spent (or were
/// skipped for an <see cref="UnprocessableDocumentException"/>). It records the failure, publishes
/// <see cref="DocumentFailed"/> once, and rethrows: MassTransit then moves the message to the
/// error queue, where it stays for an operator. Nothing is acknowledged away.
/// </summary>
public sealed partial class FailureRecordingFilter<T>(IDocumentStore store, ILogger<FailureRecordingFilter<T>> logger)
    : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception exception) when (StageOf(context.Message) is not null)
        {
            await ReportAsync(context, exception);
            throw;
        }
    }

    private async Task ReportAsync(ConsumeContext<T> context, Exception exception)
    {
        var stage = StageOf(context.Message)!;
        var (documentId, version) = DocumentOf(context.Message, exception);
        var drop = context.Message as DropDocument;
        var code = exception is UnprocessableDocumentException unprocessable ? unprocessable.Code : "error";
        var reason = exception.Message;
        var failure = new FailureRecord
        {
            Id = FailureId(stage, documentId, version, code, drop),
            DocumentId = documentId,
            Version = version,
            Stage = stage,
            Code = code,
            Reason = reason,
            Source = drop?.Source,
            FileName = drop?.FileName,
            TraceId = Activity.Current?.TraceId.ToString(),
            At = DateTimeOffset.UtcNow,
        };
        LogFailure(logger, stage, documentId, version, code, reason);
        PipelineTelemetry.Documents.Add(1, new(PipelineTelemetry.StageTag, stage), new("outcome", "failed"));
        try
        {
            if (!await store.RecordFailureAsync(failure, CancellationToken.None)) return;
            await context.Publish(new DocumentFailed
            {
                DocumentId = documentId,
                Version = version,
                Stage = stage,
                Code = code,
                Reason = reason,
                Source = failure.Source,
                FileName = failure.FileName,
                TraceId = failure.TraceId,
                FailedAt = failure.At,
            }, publish => publish.MessageId = DeterministicGuid(failure.Id), CancellationToken.None);
        }
        catch (Exception reportError)
        {
            // The message still goes to the error queue; losing the record is better than losing the message.
            LogReportFailed(logger, reportError, stage, documentId);
        }
    }

    private static string? StageOf(object message) => message switch
    {
        DropDocument => Stages.Ingest,
        DocumentIngested => Stages.Clean,
        DocumentCleaned => Stages.Enrich,
        DocumentEnriched => Stages.Publish,
        _ => null,
    };

    private static (string? DocumentId, int? Version) DocumentOf(object message, Exception exception) => message switch
    {
        DocumentIngested m => (m.DocumentId, m.Version),
        DocumentCleaned m => (m.DocumentId, m.Version),
        DocumentEnriched m => (m.DocumentId, m.Version),
        _ => exception is UnprocessableDocumentException u ? (u.DocumentId, u.Version) : (null, null),
    };

    /// <summary>The same input failing the same way gets the same id, so redeliveries keep one record.</summary>
    private static string FailureId(string stage, string? documentId, int? version, string code, DropDocument? drop)
    {
        var input = drop is null ? $"{documentId}:{version}" : $"{drop.DocumentId ?? drop.Source}:{drop.FileName}:{Convert.ToHexStringLower(SHA256.HashData(drop.Content.Span))}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{stage}\n{code}\n{input}")))[..32];
    }

    private static Guid DeterministicGuid(string id) => MessageIds.For(nameof(DocumentFailed), id, 0);

    public void Probe(ProbeContext context) => context.CreateFilterScope("failure-recording");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stage {Stage} failed on document {DocumentId} version {Version}: {Code}: {Reason}")]
    private static partial void LogFailure(ILogger logger, string stage, string? documentId, int? version, string code, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not record the failure of stage {Stage} on document {DocumentId}")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string stage, string? documentId);
}
