using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pipeline.Benchmarks.IngestMemory;

/// <summary>
/// A RabbitMQ node of the run's own on a free loopback port (deploy/rabbitmq/private-node.sh),
/// stopped when the run ends; or the broker given, which is left alone.
/// </summary>
internal sealed class PrivateBroker : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly string? _name;

    private PrivateBroker(Uri uri, string? directory, string? name)
    {
        Uri = uri;
        _directory = directory;
        _name = name;
    }

    public Uri Uri { get; }

    public static async Task<PrivateBroker> StartAsync(Uri? given)
    {
        if (given is not null) return new PrivateBroker(given, null, null);
        var directory = Directory.CreateTempSubdirectory("pipeline-bench-rabbit-").FullName;
        var name = $"pipeline-bench-{Environment.ProcessId}";
        try
        {
            var output = await ScriptAsync("start", directory, FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), name);
            return new PrivateBroker(new Uri(output.Trim()), directory, name);
        }
        catch
        {
            // A node that came up after the wait gave up must not outlive the run.
            await new PrivateBroker(new Uri("amqp://127.0.0.1/"), directory, name).DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is null) return;
        await ScriptAsync("stop", _directory, _name!);
        Directory.Delete(_directory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> ScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "deploy", "rabbitmq", "private-node.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"private-node.sh {string.Join(' ', arguments)}: {await stderr}");
        return await stdout;
    }
}
