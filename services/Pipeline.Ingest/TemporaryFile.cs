namespace Pipeline.Ingest;

/// <summary>
/// Read-write temporary files that leave nothing behind, even when the process is killed while
/// one is open (a container stopped mid-upload): on Linux and macOS the name is removed at once and
/// the open handle keeps the data until it is closed; on Windows the file is deleted on close.
/// </summary>
internal static class TemporaryFile
{
    private const int BufferBytes = 1 << 16;

    public static FileStream Create(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        if (OperatingSystem.IsWindows())
            return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferBytes, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferBytes, FileOptions.Asynchronous);
        try
        {
            File.Delete(path);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
        return stream;
    }
}
