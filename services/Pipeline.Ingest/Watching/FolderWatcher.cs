using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage;

namespace Pipeline.Ingest.Watching;

/// <summary>
/// Drops each new or changed file of a folder (and its subfolders) exactly once: a first scan, then
/// file system events, each file waiting until it is stable (<see cref="PendingFiles"/>). What was
/// dropped is remembered in <see cref="WatchState"/>; hidden and temporary files are left alone
/// (<see cref="WatchedFileNames"/>). How a file is dropped is the caller's: the CLI publishes over
/// raw AMQP, the ingest service sends through its bus. One file at a time, in the order they settled.
/// </summary>
public sealed partial class FolderWatcher(
    FolderWatchOptions options, Func<WatchedFile, CancellationToken, Task> drop, ILogger? logger = null, TimeProvider? time = null)
{
    private readonly string _directory = Path.GetFullPath(options.Directory);
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly TaskCompletionSource _initialScanHandled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HashSet<string>? _initialFiles;
    private volatile bool _rescan;

    /// <summary>Every decision, as it is made.</summary>
    public event Action<WatchReport>? Reported;

    /// <summary>Completes once every file the first scan found has been dropped or skipped.</summary>
    public Task InitialScanHandled => _initialScanHandled.Task;

    /// <summary>Watches until <paramref name="cancellationToken"/> is cancelled (Ctrl+C, host shutdown).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(_directory)) throw new DirectoryNotFoundException($"No folder to watch at '{_directory}'.");
        var state = WatchState.Load(_directory);
        var pending = new PendingFiles(options.QuietPeriod, _time);
        using var watcher = new FileSystemWatcher(_directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => Seen(pending, e.FullPath);
        watcher.Changed += (_, e) => Seen(pending, e.FullPath);
        watcher.Renamed += (_, e) => Seen(pending, e.FullPath);
        // Too many events at once: some were lost, so look at everything again.
        watcher.Error += (_, e) => { _rescan = true; LogOverflow(_logger, _directory, e.GetException()); };
        // Events first, then the scan: a file that appears in between is seen twice, never missed.
        watcher.EnableRaisingEvents = true;
        _initialFiles = Scan(pending, state);
        if (_initialFiles.Count == 0) _initialScanHandled.TrySetResult();
        LogWatching(_logger, _directory, _initialFiles.Count);

        var tick = TimeSpan.FromTicks(Math.Clamp(options.QuietPeriod.Ticks / 4, TimeSpan.FromMilliseconds(20).Ticks, TimeSpan.FromMilliseconds(500).Ticks));
        using var timer = new PeriodicTimer(tick, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (_rescan)
                {
                    _rescan = false;
                    Scan(pending, state);
                }
                foreach (var path in pending.TakeStable(p => FileStamp.Of(FullPath(p))))
                    await HandleAsync(path, state, pending, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private HashSet<string> Scan(PendingFiles pending, WatchState state)
    {
        var found = Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories)
            .Select(path => WatchedFileNames.Relative(_directory, path))
            .Where(path => !WatchedFileNames.IsIgnored(path))
            .Order(StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        state.KeepOnly(found);
        foreach (var path in found) pending.Touch(path, FileStamp.Of(FullPath(path)));
        return found;
    }

    private void Seen(PendingFiles pending, string fullPath)
    {
        var path = WatchedFileNames.Relative(_directory, fullPath);
        if (WatchedFileNames.IsIgnored(path)) return;
        if (!Directory.Exists(fullPath))
        {
            pending.Touch(path, FileStamp.Of(fullPath));
            return;
        }
        // A new folder: files written into it before its own watch was in place raise no event.
        try
        {
            foreach (var file in Directory.EnumerateFiles(fullPath, "*", SearchOption.AllDirectories))
                if (!WatchedFileNames.IsIgnored(WatchedFileNames.Relative(_directory, file)))
                    pending.Touch(WatchedFileNames.Relative(_directory, file), FileStamp.Of(file));
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private async Task HandleAsync(string path, WatchState state, PendingFiles pending, CancellationToken cancellationToken)
    {
        var stamp = FileStamp.Of(FullPath(path));
        if (stamp is not { } now) return;
        var known = state[path];
        if (known is not null && known.Stamp == now && known.Outcome != WatchOutcome.Failed)
        {
            Report(new WatchReport(path, WatchOutcome.Unchanged, "same length and write time as when it was last seen"));
            return;
        }
        if (now.Length > options.MaxFileBytes)
        {
            state.Remember(path, new WatchedEntry(now.Length, now.LastWriteUtc, null, WatchOutcome.TooLarge, _time.GetUtcNow()));
            Report(new WatchReport(path, WatchOutcome.TooLarge, $"{now.Length:N0} bytes; the limit is {options.MaxFileBytes:N0} (PIPELINE_MAX_DOCUMENT_BYTES)"));
            return;
        }
        SpooledFile content;
        try
        {
            await using var file = new FileStream(FullPath(path), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
            content = await FileSpool.CopyAsync(file, options.MaxFileBytes,
                read => new IOException($"{path} grew past {options.MaxFileBytes:N0} bytes while it was read"), cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return; // gone before it could be read: nothing to drop
        }
        await using var spooled = content;
        var hash = content.Hash;
        if (known?.ContentHash == hash)
        {
            state.Remember(path, known with { Length = now.Length, LastWriteUtc = now.LastWriteUtc });
            Report(new WatchReport(path, WatchOutcome.Unchanged, "same content as dropped before"));
            return;
        }
        try
        {
            await drop(new WatchedFile(path, content), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            pending.Retry(path, options.RetryDelay, now);
            Report(new WatchReport(path, WatchOutcome.Failed, e.Message));
            return;
        }
        state.Remember(path, new WatchedEntry(content.Length, now.LastWriteUtc, hash, WatchOutcome.Dropped, _time.GetUtcNow()));
        Report(new WatchReport(path, WatchOutcome.Dropped, hash));
    }

    private void Report(WatchReport report)
    {
        switch (report.Outcome)
        {
            case WatchOutcome.Dropped: LogDropped(_logger, report.RelativePath); break;
            case WatchOutcome.Unchanged: LogUnchanged(_logger, report.RelativePath, report.Detail); break;
            case WatchOutcome.TooLarge: LogTooLarge(_logger, report.RelativePath, report.Detail); break;
            case WatchOutcome.Failed: LogFailed(_logger, report.RelativePath, report.Detail); break;
        }
        Reported?.Invoke(report);
        if (report.Outcome != WatchOutcome.Failed && _initialFiles is { } initial)
        {
            lock (initial)
                if (initial.Remove(report.RelativePath) && initial.Count == 0) _initialScanHandled.TrySetResult();
        }
    }

    private string FullPath(string relativePath) => Path.Combine(_directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Directory}: {Files} file(s) there already")]
    private static partial void LogWatching(ILogger logger, string directory, int files);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped {File}")]
    private static partial void LogDropped(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{File} unchanged: {Detail}")]
    private static partial void LogUnchanged(ILogger logger, string file, string? detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} is too large to drop: {Detail}")]
    private static partial void LogTooLarge(ILogger logger, string file, string? detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping {File} failed, will try again: {Detail}")]
    private static partial void LogFailed(ILogger logger, string file, string? detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching {Directory} lost events; scanning it again")]
    private static partial void LogOverflow(ILogger logger, string directory, Exception exception);
}
