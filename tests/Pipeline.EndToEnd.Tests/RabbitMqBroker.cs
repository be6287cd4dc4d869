using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pipeline.EndToEnd.Tests;

/// <summary>
/// A real RabbitMQ broker the tests may fill and empty: <c>PIPELINE_TEST_RABBITMQ_URI</c> when set
/// (a disposable broker, as .ci/run starts), else a private node started from the Debian package
/// on a free loopback port and stopped afterwards.
/// </summary>
public sealed class RabbitMqBroker : IAsyncLifetime
{
    private string? _directory;
    private string? _nodeName;

    public Uri Uri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable("PIPELINE_TEST_RABBITMQ_URI");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            Uri = new Uri(configured);
            return;
        }
        if (!File.Exists("/usr/sbin/rabbitmq-server") && !File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server"))
            throw new InvalidOperationException(
                "These tests need a real RabbitMQ broker: install the Debian package (apt-get install -y rabbitmq-server) " +
                "so they can start a private node, or set PIPELINE_TEST_RABBITMQ_URI to a broker they may use.");
        _directory = Directory.CreateTempSubdirectory("pipeline-rabbit-").FullName;
        _nodeName = $"pipeline-test-{Environment.ProcessId}";
        var port = FreePort();
        var output = await RunScriptAsync("start", _directory, port.ToString(System.Globalization.CultureInfo.InvariantCulture), _nodeName);
        Uri = new Uri(output.Trim());
    }

    public async Task DisposeAsync()
    {
        if (_directory is null) return;
        await RunScriptAsync("stop", _directory, _nodeName!);
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// A loopback port that is free now and whose distribution port (private-node.sh uses PORT + 20000) is free and
    /// valid too. The kernel's ephemeral ports (32768-60999 on Linux) are above 45535 more often than not, and a node
    /// asked for a distribution port above 65535 never starts: the wait for it times out after 90 s.
    /// </summary>
    private static int FreePort()
    {
        const int distOffset = 20_000;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(20_000, 65_535 - distOffset);
            if (IsFree(port) && IsFree(port + distOffset)) return port;
        }
        throw new InvalidOperationException("No free loopback port pair (PORT, PORT + 20000) for a private RabbitMQ node.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task<string> RunScriptAsync(params string[] arguments)
    {
        var script = Path.Combine(RepositoryRoot(), "deploy", "rabbitmq", "private-node.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"private-node.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln"))) return directory.FullName;
        throw new InvalidOperationException("Pipeline.sln not found above the test binaries.");
    }
}
