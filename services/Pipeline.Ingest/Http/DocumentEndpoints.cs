namespace Pipeline.Ingest.Http;

public static class DocumentEndpoints
{
    /// <summary>
    /// <c>POST /documents</c> (drop files over HTTP) and <c>GET /documents/{id}</c> (a document's
    /// status), both behind the API key.
    /// </summary>
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/documents").AddEndpointFilter<ApiKeyFilter>();
        documents.MapPost("/", DropEndpoint.HandleAsync).DisableAntiforgery();
        documents.MapGet("/{id}", StatusEndpoint.HandleAsync);
        return app;
    }

    /// <summary>The status link of a document.</summary>
    public static string StatusOf(string documentId) => $"/documents/{Uri.EscapeDataString(documentId)}";
}
