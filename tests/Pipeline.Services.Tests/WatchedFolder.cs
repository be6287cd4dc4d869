using System.Collections.Concurrent;
using Pipeline.Ingest.Watching;

namespace Pipeline.Services.Tests;

/// <summary>
/// A temporary folder and a <see cref="FolderWatcher"/> on it with a short quiet period; drops are
/// recorded instead of sent. Restarting keeps the folder, as a restarted process would find it.
/// </summary>
public sealed class WatchedFolder : IAsyncDisposable
{
    /// <summary>What the watcher handed over: the name, the bytes, the hash it computed.</summary>
    public sealed record DroppedFile(string RelativePath, ReadOnlyMemory<byte> Content, string ContentHash);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ConcurrentQueue<WatchReport> _reports = new();
    private readonly SemaphoreSlim _reported = new(0);
    private CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    public DirectoryInfo Directory { get; } = System.IO.Directory.CreateTempSubdirectory("pipeline-watch-");
    public ConcurrentQueue<DroppedFile> Dropped { get; } = new();
    public IReadOnlyCollection<WatchReport> Reports => _reports;
    public FolderWatcher Watcher { get; private set; } = null!;

    /// <summary>Fails the next drops this many times, as an unreachable broker would.</summary>
    public int FailNextDrops { get; set; }

    public async Task StartAsync(long maxFileBytes = 1024 * 1024)
    {
        _stop = new CancellationTokenSource();
        var options = new FolderWatchOptions
        {
            Directory = Directory.FullName,
            MaxFileBytes = maxFileBytes,
            QuietPeriod = TimeSpan.FromMilliseconds(100),
            RetryDelay = TimeSpan.FromMilliseconds(200),
        };
        Watcher = new FolderWatcher(options, async (file, cancellationToken) =>
        {
            if (FailNextDrops > 0)
            {
                FailNextDrops--;
                throw new IOException("broker unreachable");
            }
            Dropped.Enqueue(new DroppedFile(file.RelativePath, await file.ReadAllBytesAsync(cancellationToken), file.ContentHash));
        });
        Watcher.Reported += report =>
        {
            _reports.Enqueue(report);
            _reported.Release();
        };
        _running = Watcher.RunAsync(_stop.Token);
        await Watcher.InitialScanHandled.WaitAsync(Patience);
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _reports.Clear();
        Dropped.Clear();
    }

    /// <summary>
    /// Writes the file whole: into a hidden temporary file beside it (which the watcher leaves alone), then renamed into
    /// place. Written in place, a running watcher could see the file created (or truncated) but not yet written, and with
    /// this folder's short quiet period a stall of a tenth of a second there (a loaded machine, a GC pause) would drop it
    /// empty first and then again: a test that counts drops would fail for the machine's sake, not the watcher's.
    /// </summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory.FullName, relativePath);
        var folder = Path.GetDirectoryName(path)!;
        System.IO.Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.writing");
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Waits until the watcher reported this outcome for this file (the <paramref name="count"/>th time).</summary>
    public async Task<WatchReport> WaitForAsync(string relativePath, WatchOutcome outcome, int count = 1)
    {
        using var cancellation = new CancellationTokenSource(Patience);
        while (true)
        {
            var report = _reports.Where(r => r.RelativePath == relativePath && r.Outcome == outcome).Skip(count - 1).FirstOrDefault();
            if (report is not null) return report;
            try { await _reported.WaitAsync(cancellation.Token); }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {outcome} for {relativePath}; reports: {string.Join(", ", _reports)}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        Directory.Delete(recursive: true);
    }
}
