namespace Pipeline.Ingest.Http;

/// <summary>Every refusal of the documents API: a stable code (the failure codes ingest records, and a few of its own) and a sentence.</summary>
public sealed record ApiError(string Code, string Reason)
{
    public IResult As(int statusCode) => Results.Json(this, statusCode: statusCode);
}
