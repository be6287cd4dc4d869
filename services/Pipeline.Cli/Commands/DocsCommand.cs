using System.CommandLine;
using System.Globalization;
using Pipeline.Storage;
using Pipeline.Storage.VersionData;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline docs list | history ID | show ID [--version N] [--removed]</c>: documents and their versions.</summary>
internal static class DocsCommand
{
    public static Command Create()
    {
        var store = StoreAccess.StoreOption();
        var limit = new Option<int>("--limit") { Description = "How many documents.", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "Documents, most recently updated first.") { limit };
        list.SetAction((parse, ct) => ListAsync(parse.GetValue(store), parse.GetValue(limit), ct));

        var id = new Argument<string>("id") { Description = "Document id." };
        var history = new Command("history", "Every version of a document: stage, parent, service, time, hash, trace.") { id };
        history.SetAction((parse, ct) => HistoryAsync(parse.GetValue(store), parse.GetValue(id)!, ct));

        var version = new Option<int?>("--version") { Description = "Version to show (default: the latest)." };
        var removed = new Option<bool>("--removed") { Description = "Also show what clean removed, and why." };
        var show = new Command("show", "One version of a document: metadata and text.") { id, version, removed };
        show.SetAction((parse, ct) => ShowAsync(parse.GetValue(store), parse.GetValue(id)!, parse.GetValue(version), parse.GetValue(removed), ct));

        var command = new Command("docs", "Read documents and their versions from the store.") { list, history, show };
        command.Options.Add(store);
        store.Recursive = true;
        return command;
    }

    private static async Task<int> ListAsync(string? storePath, int limit, CancellationToken cancellationToken)
    {
        var store = await StoreAccess.OpenAsync(storePath, cancellationToken);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Title").AddColumn("Latest").AddColumn("Updated");
        foreach (var document in await store.ListDocumentsAsync(limit, cancellationToken))
            table.AddRow(Markup.Escape(document.Id), Markup.Escape(document.Title ?? ""), document.LatestVersion.ToString(CultureInfo.InvariantCulture),
                document.UpdatedAt.ToString("u", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        return 0;
    }

    private static async Task<int> HistoryAsync(string? storePath, string id, CancellationToken cancellationToken)
    {
        var store = await StoreAccess.OpenAsync(storePath, cancellationToken);
        var versions = await store.GetVersionsAsync(id, cancellationToken);
        if (versions.Count == 0) return NotFound(id);
        var events = (await store.GetPublishedEventsAsync(id, cancellationToken)).ToLookup(e => e.Version);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Version").AddColumn("Stage").AddColumn("From").AddColumn("Service")
            .AddColumn("Created").AddColumn(new TableColumn("ms").RightAligned()).AddColumn("Content hash").AddColumn("Trace").AddColumn("Events");
        foreach (var v in versions)
        {
            table.AddRow(v.Version.ToString(CultureInfo.InvariantCulture), v.Stage, v.ParentVersion?.ToString(CultureInfo.InvariantCulture) ?? "-",
                Markup.Escape($"{v.Service}/{v.ServiceVersion}"), v.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
                v.DurationMs.ToString("0.0", CultureInfo.InvariantCulture), Markup.Escape(Short(v.ContentHash, 19)), v.TraceId ?? "-",
                Markup.Escape(string.Join(", ", events[v.Version].Select(e => e.EventName))));
        }
        AnsiConsole.MarkupLineInterpolated($"[bold]{id}[/]");
        AnsiConsole.Write(table);
        return 0;
    }

    private static async Task<int> ShowAsync(string? storePath, string id, int? number, bool removed, CancellationToken cancellationToken)
    {
        var store = await StoreAccess.OpenAsync(storePath, cancellationToken);
        var version = number is { } n ? await store.GetVersionAsync(id, n, cancellationToken) : await store.GetLatestVersionAsync(id, null, cancellationToken);
        if (version is null) return NotFound(id);
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) grid.AddRow(new Text(name, new Style(decoration: Decoration.Bold)), new Text(value));
        }
        Row("Document", version.DocumentId);
        Row("Version", $"{version.Version} ({version.Stage}{(version.ParentVersion is { } p ? $", from {p}" : "")})");
        Row("Title", version.Title);
        Row("Source", version.Source);
        Row("Format", version.Format);
        Row("Language", version.Language);
        Row("Service", $"{version.Service}/{version.ServiceVersion}");
        Row("Created", version.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        Row("Hash", version.ContentHash);
        Row("Trace", version.TraceId);
        foreach (var (key, value) in version.Metadata) Row(key, value);
        AnsiConsole.Write(grid);
        AnsiConsole.WriteLine();
        AnsiConsole.WriteLine(await store.ReadTextAsync(version, cancellationToken));
        if (removed) await ShowRemovedAsync(store, version, cancellationToken);
        return 0;
    }

    /// <summary>What clean removed lives on the clean version; from a later version, walk back to it.</summary>
    private static async Task ShowRemovedAsync(IDocumentStore store, DocumentVersion version, CancellationToken cancellationToken)
    {
        var current = version;
        while (current is not null && current.Stage != "clean")
            current = current.ParentVersion is { } parent ? await store.GetVersionAsync(current.DocumentId, parent, cancellationToken) : null;
        var data = VersionDataJson.Deserialize<CleaningData>(current?.Data);
        AnsiConsole.WriteLine();
        if (data is null)
        {
            AnsiConsole.MarkupLine("[grey]No clean version on this version's path: nothing was removed yet.[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title($"Removed by clean (version {current!.Version})").AddColumn("Reason").AddColumn("Block");
        foreach (var block in data.Removed) table.AddRow(Markup.Escape(block.Reason), Markup.Escape(Short(block.Text, 160)));
        AnsiConsole.Write(table);
    }

    private static int NotFound(string id)
    {
        AnsiConsole.MarkupLineInterpolated($"[red]No document '{id}' in the store.[/]");
        return 1;
    }

    private static string Short(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
