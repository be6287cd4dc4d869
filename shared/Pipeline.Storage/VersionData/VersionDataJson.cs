using System.Text.Json;

namespace Pipeline.Storage.VersionData;

/// <summary>Reads and writes <see cref="DocumentVersion.Data"/> in one JSON shape for every stage.</summary>
public static class VersionDataJson
{
    public static string Serialize<T>(T data) => JsonSerializer.Serialize(data, StoreJson.Options);

    public static T? Deserialize<T>(string? json) where T : class =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<T>(json, StoreJson.Options);
}
