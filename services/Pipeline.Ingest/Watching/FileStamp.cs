namespace Pipeline.Ingest.Watching;

/// <summary>What a file looks like from outside: while it is being written, one of the two moves.</summary>
public readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
    }
}
