using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Cli.Embedded;
using Pipeline.Cli.Output;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline run PATH... [--out DIR]</c>: the whole pipeline in this process, no servers.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders to process (folders recursively)." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Write one JSON file per input: the public event's payload." };
        var store = new Option<string?>("--store") { Description = "SQLite file to keep documents in (default: a temporary store, deleted after the run)." };
        var source = new Option<string?>("--source") { Description = "Where the files come from; part of each document's identity." };
        var parallel = new Option<int>("--parallel") { Description = "Files in flight at once.", DefaultValueFactory = _ => 4 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for each document.", DefaultValueFactory = _ => 300 };
        var verbose = new Option<bool>("--verbose") { Description = "Show the stages' logs." };
        var details = new Option<bool?>("--details") { Description = "Print each document's entities, keywords, categories and summary (default: when there are at most 10 inputs)." };
        var command = new Command("run", "Run files through ingest, clean, enrich and publish in this process (in-memory bus, embedded store).")
        {
            paths, output, store, source, parallel, timeout, verbose, details,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            InputFiles.Expand(parse.GetValue(paths)!), parse.GetValue(output), parse.GetValue(store), parse.GetValue(source),
            Math.Max(1, parse.GetValue(parallel)), TimeSpan.FromSeconds(parse.GetValue(timeout)), parse.GetValue(verbose), parse.GetValue(details), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IReadOnlyList<FileInfo> inputs, DirectoryInfo? output, string? storePath, string? source,
        int parallel, TimeSpan timeout, bool verbose, bool? details, CancellationToken cancellationToken)
    {
        if (inputs.Count == 0)
        {
            AnsiConsole.MarkupLine("[red]No input files.[/]");
            return 2;
        }
        var temporary = storePath is null ? Directory.CreateTempSubdirectory("pipeline-run-") : null;
        try
        {
            using var host = EmbeddedPipeline.Build(storePath ?? Path.Combine(temporary!.FullName, "pipeline.db"), verbose ? LogLevel.Information : LogLevel.Warning);
            await host.StartAsync(cancellationToken);
            var runner = new EmbeddedRunner(host.Services, timeout);
            var results = new DocumentRun[inputs.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count),
                new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
                async (index, ct) => results[index] = await runner.RunAsync(inputs[index], source, ct));
            await host.StopAsync(CancellationToken.None);

            if (output is not null) await WriteOutputsAsync(output, inputs, results, cancellationToken);
            if (details ?? inputs.Count <= 10)
                foreach (var published in results.SelectMany(r => r.Published)) DocumentDetails.Write(published);
            RunTable.Write(results);
            return results.All(r => r.Succeeded) ? 0 : 1;
        }
        finally
        {
            if (temporary is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                temporary.Delete(recursive: true);
            }
        }
    }

    private static async Task WriteOutputsAsync(DirectoryInfo output, IReadOnlyList<FileInfo> inputs, DocumentRun[] results, CancellationToken cancellationToken)
    {
        output.Create();
        var names = OutputFileNames.For(inputs);
        foreach (var result in results.Where(r => r.Published.Count > 0))
        {
            // A container (a feed) made several documents: its file holds their payloads as an array.
            var json = result.Published.Count == 1 ? PublicEventJson.Serialize(result.Published[0]) : PublicEventJson.Serialize(result.Published);
            await File.WriteAllTextAsync(Path.Combine(output.FullName, names[result.Input]), json + "\n", cancellationToken);
        }
    }
}
