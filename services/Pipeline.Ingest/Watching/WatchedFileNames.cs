namespace Pipeline.Ingest.Watching;

/// <summary>
/// Which files a watched folder leaves alone: hidden ones (a name or folder starting with a dot,
/// the watcher's own state file among them) and the temporary files editors, browsers and copy
/// tools write before the real one appears under its final name.
/// </summary>
public static class WatchedFileNames
{
    private static readonly string[] TemporaryEndings = [".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp", ".swo", ".swx", "~"];

    /// <param name="relativePath">The path inside the watched folder, with '/' between folders.</param>
    public static bool IsIgnored(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Any(part => part.StartsWith('.'))) return true;
        var name = parts[^1];
        return name.StartsWith('~')                                    // Office lock files (~$report.docx), backups
            || (name.StartsWith('#') && name.EndsWith('#'))            // Emacs auto-save
            || TemporaryEndings.Any(ending => name.EndsWith(ending, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The path of <paramref name="fullPath"/> inside <paramref name="directory"/>, with '/' between folders.</summary>
    public static string Relative(string directory, string fullPath) =>
        Path.GetRelativePath(directory, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
