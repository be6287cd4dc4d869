using MassTransit;
using Pipeline.Contracts;
using Pipeline.Messaging;
using Pipeline.Messaging.Drops;
using Pipeline.Storage;

namespace Pipeline.Ingest.Http;

/// <summary>
/// <c>POST /documents</c>: each uploaded file is staged in the blob store and goes to the ingest
/// queue as a drop that names it (the bytes never travel through the broker), sent as a request;
/// ingest's answer (or the fault of a refusal) comes back.
/// </summary>
internal static partial class DropEndpoint
{
    private static readonly RequestTimeout Patience = RequestTimeout.After(m: 5);

    public static async Task<IResult> HandleAsync(HttpContext http, IngestOptions options, IRequestClient<DropDocument> client, IDocumentStore store, ILoggerFactory loggers)
    {
        var cancellationToken = http.RequestAborted;
        IReadOnlyList<UploadedFile> files;
        string? formSource;
        try
        {
            (files, formSource) = await UploadReader.ReadAsync(http.Request, options.MaxDocumentBytes, cancellationToken);
        }
        catch (Exception e) when (e is UploadTooLargeException || (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }))
        {
            return new ApiError(Extraction.ExtractionErrorCodes.TooLarge, e.Message).As(StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or EndOfStreamException)
        {
            return new ApiError("bad-request", e.Message).As(StatusCodes.Status400BadRequest);
        }

        try
        {
            return await DropAsync(http, files, formSource, client, store, loggers);
        }
        finally
        {
            foreach (var file in files) await file.DisposeAsync();
        }
    }

    private static async Task<IResult> DropAsync(HttpContext http, IReadOnlyList<UploadedFile> files, string? formSource, IRequestClient<DropDocument> client,
        IDocumentStore store, ILoggerFactory loggers)
    {
        var cancellationToken = http.RequestAborted;
        var source = FirstNonBlank(http.Request.Headers["X-Source"].ToString(), http.Request.Query["source"].ToString(), formSource);
        var documentId = FirstNonBlank(http.Request.Headers["X-Document-Id"].ToString(), http.Request.Query["id"].ToString());
        var accepted = new List<DroppedDocument>();
        var refused = new List<RefusedFile>();
        foreach (var file in files)
        {
            var blobId = await file.File.StageAsync(store, file.FileName, file.ContentType, cancellationToken);
            var drop = new DropDocument { FileName = file.FileName, ContentType = file.ContentType, Source = source, DocumentId = files.Count == 1 ? documentId : null, BlobId = blobId };
            try
            {
                var response = await client.GetResponse<DropAccepted>(drop, request => request.UseExecute(send => send.Serializer = new DropSerializer()),
                    cancellationToken, Patience);
                accepted.AddRange(response.Message.Documents.Select(d => new DroppedDocument(d.DocumentId, d.Version, d.Changed, DocumentEndpoints.StatusOf(d.DocumentId))));
            }
            catch (RequestFaultException fault) when (Refusal(fault, file.FileName) is { } refusal)
            {
                refused.Add(refusal);
            }
            catch (RequestFaultException fault)
            {
                LogFault(loggers.CreateLogger(typeof(DropEndpoint)), file.FileName, fault.Message);
                return new ApiError("error", $"Ingest failed on '{file.FileName}': {fault.Fault?.Exceptions.FirstOrDefault()?.Message ?? fault.Message}").As(StatusCodes.Status500InternalServerError);
            }
            catch (RequestTimeoutException)
            {
                return new ApiError("timeout", $"Ingest did not answer for '{file.FileName}' within {Patience.Value.TotalMinutes:0} minutes; it may still store it.").As(StatusCodes.Status504GatewayTimeout);
            }
        }
        if (refused.Count == 0) return Results.Json(new DropResponse { Documents = accepted }, statusCode: StatusCodes.Status202Accepted);
        return Results.Json(new DropResponse { Documents = accepted, Code = refused[0].Code, Reason = refused[0].Reason, Failures = refused },
            statusCode: StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>A refusal ingest records (empty, corrupt, too large…) comes back as a fault whose exception carries the code.</summary>
    private static RefusedFile? Refusal(RequestFaultException fault, string fileName)
    {
        var exception = fault.Fault?.Exceptions.FirstOrDefault();
        if (exception is null || exception.ExceptionType != typeof(UnprocessableDocumentException).FullName) return null;
        var code = Text(exception.Data, UnprocessableDocumentException.CodeKey) ?? "error";
        var documentId = Text(exception.Data, UnprocessableDocumentException.DocumentIdKey);
        return new RefusedFile(fileName, code, exception.Message, documentId, documentId is null ? null : DocumentEndpoints.StatusOf(documentId));
    }

    private static string? Text(IDictionary<string, object>? data, string key) =>
        data is not null && data.TryGetValue(key, out var value) ? value?.ToString() : null;

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingest failed on uploaded file {FileName}: {Reason}")]
    private static partial void LogFault(ILogger logger, string fileName, string reason);
}
