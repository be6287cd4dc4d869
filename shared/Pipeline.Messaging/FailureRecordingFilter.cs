using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using MassTransit;
using MassTransit.Context;
using Microsoft.Extensions.Logging;
using Pipeline.Contracts;
using Pipeline.Storage;

namespace Pipeline.Messaging;

/// <summary>
/// On every endpoint's consume pipe, outside each consumer's retry (see <see cref="BusRegistration.AddPipelineEndpointPolicy"/>):
/// it sees an exception only once retries are spent (or were skipped for an <see cref="UnprocessableDocumentException"/>).
/// It records the failure, publishes <see cref="DocumentFailed"/> once, and rethrows: MassTransit then moves the message
/// to the error queue, where it stays for an operator. Nothing is acknowledged away, and a failure a retry recovers from
/// leaves no record. The record is written when MassTransit notifies the final fault, before the fault goes out (to a
/// requester's response address among others), so whoever hears of the fault finds the record already in the store.
/// </summary>
public sealed partial class FailureRecordingFilter(IDocumentStore store, ILogger<FailureRecordingFilter> logger) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        if (StageMessageOf(context) is not { } message)
        {
            await next.Send(context);
            return;
        }
        var reporting = new ReportingConsumeContext(context, message, this);
        try
        {
            await next.Send(reporting);
        }
        catch (Exception exception)
        {
            if (!reporting.Reported) await ReportAsync(context, message, exception);
            throw;
        }
    }

    /// <summary>
    /// Passes a fault notification on only after the failure is recorded. The retry filter holds the faults of the
    /// attempts it may still retry and notifies them here once it gives up, so a retried success records nothing.
    /// </summary>
    private sealed class ReportingConsumeContext : ConsumeContextProxy
    {
        private readonly ConsumeContext _context;
        private readonly StageMessage _message;
        private readonly FailureRecordingFilter _filter;
        private int _reported;

        public ReportingConsumeContext(ConsumeContext context, StageMessage message, FailureRecordingFilter filter) : base(context)
        {
            _context = context;
            _message = message;
            _filter = filter;
        }

        public bool Reported => Volatile.Read(ref _reported) == 1;

        public override async Task NotifyFaulted<TMessage>(ConsumeContext<TMessage> faulted, TimeSpan duration, string consumerType, Exception exception)
        {
            if (Interlocked.Exchange(ref _reported, 1) == 0) await _filter.ReportAsync(_context, _message, exception);
            await base.NotifyFaulted(faulted, duration, consumerType, exception);
        }
    }

    /// <summary>A message of a stage's queue and the stage that consumes it.</summary>
    private readonly record struct StageMessage(object Message, string Stage);

    /// <summary>The message of a stage's queue this context carries, or null for any other (a fault, an event).</summary>
    private static StageMessage? StageMessageOf(ConsumeContext context) =>
        context.TryGetMessage<DropDocument>(out var drop) ? new(drop.Message, Stages.Ingest)
        : context.TryGetMessage<DocumentIngested>(out var ingested) ? new(ingested.Message, Stages.Clean)
        : context.TryGetMessage<DocumentCleaned>(out var cleaned) ? new(cleaned.Message, Stages.Enrich)
        : context.TryGetMessage<DocumentEnriched>(out var enriched) ? new(enriched.Message, Stages.Publish)
        : null;

    private async Task ReportAsync(ConsumeContext context, StageMessage stageMessage, Exception exception)
    {
        var (message, stage) = stageMessage;
        var (documentId, version) = DocumentOf(message, exception);
        var drop = message as DropDocument;
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
