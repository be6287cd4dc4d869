namespace Pipeline.Ingest.Watching;

/// <summary>
/// Files seen changing, each waiting until it has stayed the same (length and write time) for a
/// quiet period: a file still being copied in is never dropped half-written. Thread-safe: file
/// system events arrive on their own threads.
/// </summary>
public sealed class PendingFiles(TimeSpan quiet, TimeProvider time)
{
    private readonly Dictionary<string, (DateTimeOffset Since, FileStamp? Stamp)> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    /// <summary>The file changed (or was found): its quiet period starts again.</summary>
    public void Touch(string path, FileStamp? stamp)
    {
        lock (_lock) _entries[path] = (time.GetUtcNow(), stamp);
    }

    /// <summary>Looks at the file again after <paramref name="delay"/>, e.g. when dropping it failed.</summary>
    public void Retry(string path, TimeSpan delay, FileStamp? stamp)
    {
        lock (_lock) _entries[path] = (time.GetUtcNow() + delay - quiet, stamp);
    }

    /// <summary>
    /// The files whose quiet period is over and that still look as they did when it started, oldest
    /// change first; they leave the set. A file that moved meanwhile starts a new quiet period; a
    /// file that is gone is forgotten.
    /// </summary>
    public IReadOnlyList<string> TakeStable(Func<string, FileStamp?> stampOf)
    {
        var now = time.GetUtcNow();
        List<(string Path, DateTimeOffset Since, FileStamp? Stamp)> due;
        lock (_lock) due = _entries.Where(e => now - e.Value.Since >= quiet).Select(e => (e.Key, e.Value.Since, e.Value.Stamp)).OrderBy(e => e.Since).ToList();
        var stable = new List<string>(due.Count);
        foreach (var (path, since, stamp) in due)
        {
            var current = stampOf(path);
            lock (_lock)
            {
                // An event may have touched it while we looked: that entry is newer, leave it.
                if (!_entries.TryGetValue(path, out var entry) || entry.Since != since) continue;
                if (current is null) _entries.Remove(path);
                else if (current != stamp) _entries[path] = (now, current);
                else
                {
                    _entries.Remove(path);
                    stable.Add(path);
                }
            }
        }
        return stable;
    }
}
