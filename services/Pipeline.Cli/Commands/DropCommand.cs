using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Pipeline.Cli.Dropping;
using Pipeline.Messaging;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline drop PATH...</c>: files and folders into a running pipeline's ingest queue.</summary>
internal static class DropCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders to drop (folders recursively)." };
        var rabbit = new Option<string?>("--rabbitmq") { Description = "Broker URI (default: PIPELINE_RABBITMQ_URI, else amqp://guest:guest@127.0.0.1:5672/)." };
        var source = new Option<string?>("--source") { Description = "Where the files come from; part of each document's identity." };
        var inFlight = new Option<int>("--in-flight") { Description = "Drops awaiting the broker's confirm at once.", DefaultValueFactory = _ => 64 };
        var command = new Command("drop", "Drop files into the ingest queue of a running pipeline (RabbitMQ).") { paths, rabbit, source, inFlight };
        command.SetAction((parse, cancellationToken) => DropAsync(InputFiles.Expand(parse.GetValue(paths)!), parse.GetValue(rabbit),
            parse.GetValue(source), Math.Max(1, parse.GetValue(inFlight)), cancellationToken));
        return command;
    }

    private static async Task<int> DropAsync(IReadOnlyList<FileInfo> files, string? rabbitUri, string? source, int inFlight, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var uri = rabbitUri is not null ? new Uri(rabbitUri) : BusOptions.From(configuration).RabbitMqUri;
        using var tracing = CliTracing.Start(configuration);
        await using var dropper = await RabbitDropper.ConnectAsync(uri, inFlight, cancellationToken);
        var failed = 0;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Dropping {files.Count} file(s)", maxValue: files.Count);
                await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken }, async (file, ct) =>
                {
                    try
                    {
                        await dropper.DropAsync(file, source, ct);
                    }
                    catch (Exception e) when (e is RabbitMQ.Client.Exceptions.PublishException or IOException)
                    {
                        Interlocked.Increment(ref failed);
                        AnsiConsole.MarkupLineInterpolated($"[red]{file.Name}: {e.Message}[/]");
                    }
                    task.Increment(1);
                });
            });
        AnsiConsole.MarkupLine($"Dropped {files.Count - failed} of {files.Count} file(s) into [bold]{QueueNames.Ingest}[/] on {uri.Host}:{uri.Port}.");
        return failed == 0 ? 0 : 1;
    }
}
