namespace Pipeline.Messaging;

/// <summary>The stage names versions, failures and spans carry.</summary>
public static class Stages
{
    public const string Ingest = "ingest";
    public const string Clean = "clean";
    public const string Enrich = "enrich";
    public const string Publish = "publish";
}
