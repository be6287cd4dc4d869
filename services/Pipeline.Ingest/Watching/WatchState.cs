using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Ingest.Watching;

/// <summary>
/// The watcher's memory, one small JSON file inside the watched folder: for each file it settled,
/// length, write time, content hash and outcome. A restart reads it, so files dropped before are
/// not dropped again. Written whole to a temporary file, then renamed over the old one, so a crash
/// leaves either the old state or the new one. A crash between a drop and this write means one
/// more drop of the same bytes after the restart, which ingest stores nothing for.
/// </summary>
public sealed class WatchState
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly string _path;
    private readonly Dictionary<string, WatchedEntry> _entries;

    private WatchState(string path, Dictionary<string, WatchedEntry> entries)
    {
        _path = path;
        _entries = entries;
    }

    public static WatchState Load(string directory)
    {
        var path = Path.Combine(directory, FolderWatchOptions.StateFileName);
        if (!File.Exists(path)) return new WatchState(path, new(StringComparer.Ordinal));
        using var file = File.OpenRead(path);
        var entries = JsonSerializer.Deserialize<Dictionary<string, WatchedEntry>>(file, Json) ?? [];
        return new WatchState(path, new Dictionary<string, WatchedEntry>(entries, StringComparer.Ordinal));
    }

    public WatchedEntry? this[string relativePath] => _entries.GetValueOrDefault(relativePath);

    public void Remember(string relativePath, WatchedEntry entry)
    {
        _entries[relativePath] = entry;
        Save();
    }

    /// <summary>Forgets files that are gone, so the state does not grow forever.</summary>
    public void KeepOnly(IReadOnlySet<string> existing)
    {
        var gone = _entries.Keys.Where(path => !existing.Contains(path)).ToList();
        if (gone.Count == 0) return;
        foreach (var path in gone) _entries.Remove(path);
        Save();
    }

    private void Save()
    {
        var temporary = _path + ".tmp";
        using (var file = File.Create(temporary)) JsonSerializer.Serialize(file, _entries, Json);
        File.Move(temporary, _path, overwrite: true);
    }
}
