using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Benchmarks.IngestMemory;

/// <summary>
/// Peak working set of the real ingest service while one large file goes through it over RabbitMQ:
/// for each scenario a fresh service process (SQLite store in a temporary folder) takes one drop;
/// the run samples the process's resident memory every 10 ms until ingest's DocumentIngested (or
/// DocumentFailed) arrives, and reports the highest value (or the kernel's high-water mark, if
/// higher). Loopback only; starts and stops its own broker unless given one; ends by itself.
/// <code>
/// dotnet run -c Release --project tests/Pipeline.Benchmarks -- ingest-memory [--size-mb 100] [--scenarios text,html,too-large] [--repeat N] [--rabbitmq URI] [--env KEY=VALUE]... [--verbose] [--keep]
/// </code>
/// Scenarios: <c>text</c> and <c>html</c> are dropped over AMQP with the file as the message body
/// (the body is one buffer in the service: the transport's); <c>text-http</c> and <c>html-http</c>
/// are posted to <c>POST /documents</c>, which spools the upload to disk, stages it in the blob store
/// and drops a reference, so no whole copy of the file is ever in memory; <c>too-large</c> drops the
/// text file into a service whose PIPELINE_MAX_DOCUMENT_BYTES is half its size and expects the
/// failure <c>too-large</c>. The default runs all five.
/// <c>--env</c> passes a setting to the service, e.g. <c>--env DOTNET_gcServer=0</c> to compare garbage collectors.
/// </summary>
internal static class IngestMemoryRun
{
    public const string Command = "ingest-memory";
    private const double MiB = 1024 * 1024;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(string[] args)
    {
        var sizeMb = int.Parse(Option(args, "--size-mb") ?? "100", CultureInfo.InvariantCulture);
        // Peaks vary from run to run with when the garbage collector runs: repeat to see the spread.
        var repeat = int.Parse(Option(args, "--repeat") ?? "1", CultureInfo.InvariantCulture);
        var scenarios = (Option(args, "--scenarios") ?? "text,html,text-http,html-http,too-large").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var given = Option(args, "--rabbitmq") ?? Environment.GetEnvironmentVariable("PIPELINE_TEST_RABBITMQ_URI");
        var environment = args.Select((a, i) => (a, i)).Where(p => p.a == "--env" && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToList();
        var size = sizeMb * 1024L * 1024;
        var work = Directory.CreateTempSubdirectory("pipeline-ingest-memory-");
        try
        {
            await using var broker = await PrivateBroker.StartAsync(string.IsNullOrWhiteSpace(given) ? null : new Uri(given));
            Console.WriteLine($"{Command}: {sizeMb} MiB drops over RabbitMQ ({broker.Uri.Host}:{broker.Uri.Port}) into the ingest service, a fresh process each");
            Console.WriteLine($"{"scenario",-10} {"file",10} {"outcome",-34} {"time",9} {"at start",10} {"peak",10} {"VmHWM",10} {"sampled",10}");
            var failures = 0;
            var run = 0;
            foreach (var scenario in scenarios.SelectMany(s => Enumerable.Repeat(s, repeat)))
            {
                run++;
                var kind = scenario.StartsWith("html", StringComparison.Ordinal) ? "html" : "text";
                var path = Path.Combine(work.FullName, $"large-{kind}.{(kind == "html" ? "html" : "txt")}");
                if (!File.Exists(path)) ExtractionInputs.WriteLarge(path, kind, size);
                var limit = scenario == "too-large" ? size / 2 : (long?)null;
                var expected = scenario == "too-large" ? "too-large" : "ingested";
                if (!await MeasureAsync(broker.Uri, scenario, path, limit, expected, Path.Combine(work.FullName, $"run-{run}"), environment, args.Contains("--verbose"))) failures++;
            }
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            if (args.Contains("--keep")) Console.WriteLine($"Kept the files and stores in {work.FullName}");
            else work.Delete(recursive: true);
        }
    }

    private static async Task<bool> MeasureAsync(Uri rabbit, string scenario, string path, long? limit, string expected, string work,
        IReadOnlyList<string> environment, bool verbose)
    {
        // A store of its own: the same file dropped into a store that has it already would be unchanged, and announce nothing.
        var store = Path.Combine(work, "pipeline.db");
        await using var probe = await AmqpProbe.ConnectAsync(rabbit);
        await probe.PurgeIngestAsync();
        using var ingest = IngestProcess.Start(rabbit, store, limit, environment);
        await WaitUntilConsumingAsync(probe, ingest);
        var (_, atStart) = ingest.Memory();

        var overHttp = scenario.EndsWith("-http", StringComparison.Ordinal);
        var content = overHttp ? null : await File.ReadAllBytesAsync(path);
        using var sampling = new CancellationTokenSource();
        var sampled = ingest.SamplePeakAsync(sampling.Token);
        var started = Stopwatch.GetTimestamp();
        var documentId = $"ingest-memory-{Path.GetFileName(work)}-{scenario}";
        if (overHttp) await PostAsync(ingest, path, documentId);
        else await probe.DropAsync(Path.GetFileName(path), documentId, content!);
        content = null;
        var (exchange, message) = await probe.NextAsync(documentId, Patience);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await sampling.CancelAsync();
        var (highWater, _) = ingest.Memory();
        var sample = await sampled;
        var peak = Math.Max(highWater, sample);

        var ingested = AmqpProbe.IsIngested(exchange);
        var outcome = ingested
            ? $"DocumentIngested v{message.GetProperty("version").GetInt32()}"
            : $"DocumentFailed {message.GetProperty("code").GetString()}";
        var ok = ingested ? expected == "ingested" : expected == message.GetProperty("code").GetString();
        Console.WriteLine($"{scenario,-10} {new FileInfo(path).Length / MiB,6:F1} MiB {outcome,-34} {elapsed.TotalSeconds,7:F1} s {atStart / MiB,6:F0} MiB {peak / MiB,6:F0} MiB {highWater / MiB,6:F0} MiB {sample / MiB,6:F0} MiB{(ok ? "" : "  UNEXPECTED")}");
        ingest.Stop();
        if (!ok || verbose) Console.WriteLine(ingest.Output);
        return ok;
    }

    /// <summary>Streams the file from disk as the raw body of <c>POST /documents</c>; the answer comes once ingest has stored it.</summary>
    private static async Task PostAsync(IngestProcess ingest, string path, string documentId)
    {
        using var http = new HttpClient { BaseAddress = ingest.ApiAddress, Timeout = Patience };
        await using var file = File.OpenRead(path);
        using var request = new HttpRequestMessage(HttpMethod.Post, "documents") { Content = new StreamContent(file, 1 << 16) };
        request.Headers.Add("X-Api-Key", IngestProcess.ApiKey);
        request.Headers.Add("X-File-Name", Path.GetFileName(path));
        request.Headers.Add("X-Document-Id", documentId);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST /documents answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task WaitUntilConsumingAsync(AmqpProbe probe, IngestProcess ingest)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (await probe.IngestConsumersAsync() == 0)
        {
            if (ingest.HasExited) throw new InvalidOperationException($"The ingest service stopped:\n{ingest.Output}");
            try { await poll.WaitForNextTickAsync(timeout.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"The ingest service did not start consuming within 2 minutes:\n{ingest.Output}"); }
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
