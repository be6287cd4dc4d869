using System.Text.Json;
using MassTransit.Serialization;

namespace Pipeline.Cli.Output;

/// <summary>
/// The public event's payload as JSON, with exactly the options MassTransit serializes it with, so
/// a file written by <c>pipeline run --out</c> equals the <c>message</c> a subscriber receives.
/// </summary>
internal static class PublicEventJson
{
    public static readonly JsonSerializerOptions Options = new(SystemTextJsonMessageSerializer.Options) { WriteIndented = true };

    public static string Serialize<T>(T payload) => JsonSerializer.Serialize(payload, Options);
}
