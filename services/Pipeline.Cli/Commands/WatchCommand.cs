using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Pipeline.Cli.Dropping;
using Pipeline.Ingest;
using Pipeline.Ingest.Watching;
using Pipeline.Messaging;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary>
/// <c>pipeline watch DIR</c>: drops each new or changed file of a folder once, into a running
/// pipeline's ingest queue, until Ctrl+C. The same watcher the ingest service runs for
/// <c>PIPELINE_WATCH_DIR</c>; what was dropped is remembered in DIR/.pipeline-watch.json.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "The folder to watch (with its subfolders)." };
        var rabbit = new Option<string?>("--rabbitmq") { Description = "Broker URI (default: PIPELINE_RABBITMQ_URI, else amqp://guest:guest@127.0.0.1:5672/)." };
        var source = new Option<string?>("--source") { Description = "Where the files come from; part of each document's identity." };
        var command = new Command("watch", "Drop new and changed files of a folder into a running pipeline (RabbitMQ), once each, until Ctrl+C.")
        {
            directory, rabbit, source,
        };
        command.SetAction((parse, cancellationToken) => WatchAsync(parse.GetValue(directory)!, parse.GetValue(rabbit), parse.GetValue(source), cancellationToken));
        return command;
    }

    private static async Task<int> WatchAsync(DirectoryInfo directory, string? rabbitUri, string? source, CancellationToken cancellationToken)
    {
        if (!directory.Exists)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No folder at '{directory.FullName}'.[/]");
            return 2;
        }
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var uri = rabbitUri is not null ? new Uri(rabbitUri) : BusOptions.From(configuration).RabbitMqUri;
        using var tracing = CliTracing.Start(configuration);
        await using var dropper = await RabbitDropper.ConnectAsync(uri, inFlight: 1, cancellationToken);
        var options = new FolderWatchOptions { Directory = directory.FullName, MaxFileBytes = IngestOptions.From(configuration).MaxDocumentBytes };
        var watcher = new FolderWatcher(options, async (file, ct) => await dropper.DropAsync(file.RelativePath, await file.ReadAllBytesAsync(ct), source, ct));
        watcher.Reported += Print;
        AnsiConsole.MarkupLineInterpolated($"Watching [bold]{directory.FullName}[/] for [bold]{QueueNames.Ingest}[/] on {uri.Host}:{uri.Port}; Ctrl+C stops.");
        await watcher.RunAsync(cancellationToken);
        AnsiConsole.MarkupLine("Stopped watching.");
        return 0;
    }

    private static void Print(WatchReport report)
    {
        var (colour, word) = report.Outcome switch
        {
            WatchOutcome.Dropped => ("green", "dropped"),
            WatchOutcome.Unchanged => ("grey", "unchanged"),
            WatchOutcome.TooLarge => ("yellow", "too large, skipped"),
            _ => ("red", "drop failed, will retry"),
        };
        var detail = report.Outcome is WatchOutcome.Dropped or WatchOutcome.Unchanged ? "" : $": {report.Detail}";
        AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(report.RelativePath)} {word}{Markup.Escape(detail)}[/]");
    }
}
