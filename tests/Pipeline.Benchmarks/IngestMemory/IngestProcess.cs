using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Pipeline.Benchmarks.IngestMemory;

/// <summary>
/// The real ingest service (its Program.cs, host and settings) as a child process, so its working
/// set is its own: the run reads the kernel's high-water mark of its resident memory (VmHWM).
/// </summary>
internal sealed class IngestProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private IngestProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>The documents API's key and address (a free loopback port picked at start).</summary>
    public const string ApiKey = "ingest-memory-key";
    public Uri ApiAddress { get; private init; } = null!;

    public static IngestProcess Start(Uri rabbit, string storePath, long? maxDocumentBytes, IEnumerable<string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Repository.IngestAssembly);
        start.Environment["PIPELINE_TRANSPORT"] = "rabbitmq";
        start.Environment["PIPELINE_RABBITMQ_URI"] = rabbit.ToString();
        start.Environment["PIPELINE_STORE"] = "sqlite";
        start.Environment["PIPELINE_SQLITE_PATH"] = storePath;
        start.Environment["PIPELINE_PREFETCH"] = "1";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["PIPELINE_API_KEY"] = ApiKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Pipeline"] = "Information";
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (maxDocumentBytes is { } max) start.Environment["PIPELINE_MAX_DOCUMENT_BYTES"] = max.ToString(CultureInfo.InvariantCulture);
        foreach (var setting in environment)
        {
            var (key, value) = (setting.Split('=', 2)[0], setting.Split('=', 2).ElementAtOrDefault(1) ?? "");
            start.Environment[key] = value;
        }
        return new IngestProcess(Process.Start(start)!) { ApiAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Samples resident memory every 10 ms until cancelled and returns the highest sample: a second
    /// witness beside the kernel's high-water mark (VmHWM), which the run reports when it is higher.
    /// </summary>
    public async Task<long> SamplePeakAsync(CancellationToken cancellationToken)
    {
        long peak = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        try
        {
            do peak = Math.Max(peak, Memory().Current);
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
            // The process ended.
        }
        return peak;
    }

    /// <summary>Peak resident memory since the process started (VmHWM), and resident memory now (VmRSS), in bytes.</summary>
    public (long Peak, long Current) Memory()
    {
        long peak = 0, current = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kilobytes(line);
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) current = Kilobytes(line);
        }
        return (peak, current);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) if (_output.Length < 64 * 1024) _output.AppendLine(line);
    }

    /// <summary>Ends the process (it is ours, by its id); its output is complete afterwards.</summary>
    public void Stop()
    {
        if (_process.HasExited) return;
        _process.Kill();
        _process.WaitForExit(30_000);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }
}
