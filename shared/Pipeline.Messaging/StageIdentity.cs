using System.Diagnostics;
using System.Reflection;
using Pipeline.Storage;

namespace Pipeline.Messaging;

/// <summary>The service that produced a version, and its version, as recorded with the version.</summary>
public sealed record StageIdentity(string Stage, string Service, string Version)
{
    public static StageIdentity Of<TConsumer>(string stage) => new(stage, $"pipeline-{stage}", VersionOf(typeof(TConsumer).Assembly));

    /// <summary>
    /// The draft of the version this stage makes from <paramref name="parent"/>: lineage, the
    /// idempotency key <c>{stage}:{parent version}</c>, who made it, how long it took and in which
    /// trace; content carried over until the stage replaces it.
    /// </summary>
    public DocumentVersion Derive(DocumentVersion parent, double durationMs) => new()
    {
        DocumentId = parent.DocumentId,
        Stage = Stage,
        ParentVersion = parent.Version,
        Key = $"{Stage}:{parent.Version}",
        Service = Service,
        ServiceVersion = Version,
        DurationMs = durationMs,
        ContentHash = parent.ContentHash,
        TraceId = Activity.Current?.TraceId.ToString(),
        Title = parent.Title,
        Text = parent.Text,
        Language = parent.Language,
        FileName = parent.FileName,
        Source = parent.Source,
        Metadata = parent.Metadata,
    };

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // Drop the "+commit" suffix the SDK appends; the version alone is what operators compare.
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
    }
}
