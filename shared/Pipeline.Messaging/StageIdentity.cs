using System.Reflection;

namespace Pipeline.Messaging;

/// <summary>The service that produced a version, and its version, as recorded with the version.</summary>
public sealed record StageIdentity(string Stage, string Service, string Version)
{
    public static StageIdentity Of<TConsumer>(string stage) => new(stage, $"pipeline-{stage}", VersionOf(typeof(TConsumer).Assembly));

    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // Drop the "+commit" suffix the SDK appends; the version alone is what operators compare.
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
    }
}
