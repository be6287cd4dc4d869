using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline errors list</c>: the failures stages recorded, newest first.</summary>
internal static class ErrorsCommand
{
    public static Command Create()
    {
        var store = StoreAccess.StoreOption();
        store.Recursive = true;
        var limit = new Option<int>("--limit") { Description = "How many failures.", DefaultValueFactory = _ => 50 };
        var list = new Command("list", "Failures, newest first: document, stage, code, reason, trace.") { limit };
        list.SetAction(async (parse, cancellationToken) =>
        {
            var documents = await StoreAccess.OpenAsync(parse.GetValue(store), cancellationToken);
            var table = new Table().Border(TableBorder.Rounded).AddColumn("At").AddColumn("Document").AddColumn("Stage").AddColumn("Code")
                .AddColumn("Reason").AddColumn("Trace");
            foreach (var failure in await documents.ListFailuresAsync(parse.GetValue(limit), cancellationToken))
            {
                table.AddRow(failure.At.ToString("u", CultureInfo.InvariantCulture),
                    Markup.Escape(failure.DocumentId ?? failure.FileName ?? "-"), failure.Stage, Markup.Escape(failure.Code),
                    Markup.Escape(failure.Reason), failure.TraceId ?? "-");
            }
            AnsiConsole.Write(table);
            return 0;
        });
        var command = new Command("errors", "Read recorded failures from the store.") { list };
        command.Options.Add(store);
        return command;
    }
}
