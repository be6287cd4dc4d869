using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Pipeline.Ingest.Http;

/// <summary>
/// The files of a <c>POST /documents</c>: the raw body as one file (named by <c>X-File-Name</c> or
/// <c>?name=</c>), or each file part of a <c>multipart/form-data</c> body. Each file may have up to
/// PIPELINE_MAX_DOCUMENT_BYTES, a multipart body as a whole that much plus 1 MiB; the body is read
/// no further than that. Each file is spooled to a temporary file, never held in memory; all files
/// are read before any is dropped, so a refused request drops none. The caller disposes the files.
/// </summary>
internal static class UploadReader
{
    public const string FileNameHeader = "X-File-Name";
    private const long MultipartOverhead = 1 << 20;
    private const int FieldBytes = 4096;

    /// <summary>The files, and a <c>source</c> form field when a multipart body has one.</summary>
    public static async Task<(IReadOnlyList<UploadedFile> Files, string? Source)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var multipart = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        // Kestrel stops bodies at 30 MB by default; this endpoint enforces its own, larger, limit while reading.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = multipart ? limit + MultipartOverhead : limit;
        return multipart ? await ReadMultipartAsync(request, mediaType!, limit, cancellationToken) : ([await ReadRawAsync(request, limit, cancellationToken)], null);
    }

    private static async Task<UploadedFile> ReadRawAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var name = FirstNonBlank(request.Headers[FileNameHeader].ToString(), request.Query["name"].ToString())
            ?? throw new BadHttpRequestException($"Name the file: send an {FileNameHeader} header or ?name=, or post multipart/form-data.");
        return new UploadedFile(name, ClaimedType(request.ContentType), await SpoolAsync(request.Body, name, request.ContentLength, limit, cancellationToken));
    }

    private static async Task<(IReadOnlyList<UploadedFile>, string?)> ReadMultipartAsync(HttpRequest request, MediaTypeHeaderValue mediaType, long limit,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit + MultipartOverhead)
            throw new UploadTooLargeException($"The request has {request.ContentLength:N0} bytes; a multipart body may have {limit + MultipartOverhead:N0} (PIPELINE_MAX_DOCUMENT_BYTES and 1 MiB).");
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value
            ?? throw new BadHttpRequestException("The multipart body names no boundary.");
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        var files = new List<UploadedFile>();
        string? source = null;
        long total = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                var fileName = FirstNonBlank(disposition.FileNameStar.Value, HeaderUtilities.RemoveQuotes(disposition.FileName).Value);
                if (fileName is null)
                {
                    // A plain form field: only "source" means something here.
                    var value = await BoundedBody.ReadAsync(section.Body, FieldBytes, "A form field", cancellationToken);
                    if (HeaderUtilities.RemoveQuotes(disposition.Name).Value == "source") source = FirstNonBlank(System.Text.Encoding.UTF8.GetString(value));
                    continue;
                }
                var file = new UploadedFile(Path.GetFileName(fileName), ClaimedType(section.ContentType), await SpoolAsync(section.Body, fileName, null, limit, cancellationToken));
                files.Add(file);
                total += file.File.Length;
                if (total > limit + MultipartOverhead) throw new UploadTooLargeException($"The files of this request have more than {limit + MultipartOverhead:N0} bytes together; send them in several requests.");
            }
        }
        catch
        {
            foreach (var file in files) await file.DisposeAsync();
            throw;
        }
        if (files.Count == 0) throw new BadHttpRequestException("The multipart body holds no file part (a part with a filename).");
        return (files, source);
    }

    private static Task<SpooledFile> SpoolAsync(Stream body, string name, long? length, long limit, CancellationToken cancellationToken)
    {
        if (length > limit) throw TooLarge(name, length.Value, limit, exact: true);
        return FileSpool.CopyAsync(body, limit, read => TooLarge(name, read, limit, exact: false), cancellationToken);
    }

    private static UploadTooLargeException TooLarge(string name, long length, long limit, bool exact) =>
        new($"The file '{name}' has {(exact ? "" : "more than ")}{(exact ? length : limit):N0} bytes; the limit is {limit:N0} (PIPELINE_MAX_DOCUMENT_BYTES).");

    /// <summary>A generic label says nothing about the file; any other is the sender's claim (a hint: ingest sniffs the bytes).</summary>
    private static string? ClaimedType(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType) || contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) ? null : contentType;

    private static string? FirstNonBlank(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
