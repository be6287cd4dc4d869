using System.Globalization;
using Pipeline.Cli.Embedded;
using Spectre.Console;

namespace Pipeline.Cli.Output;

/// <summary>The summary a run prints: one row per document.</summary>
internal static class RunTable
{
    public static void Write(IReadOnlyList<DocumentRun> runs)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Document").AddColumn("Title").AddColumn("Lang").AddColumn(new TableColumn("Entities").RightAligned())
            .AddColumn("Versions").AddColumn(new TableColumn("ms").RightAligned()).AddColumn("Status");
        foreach (var run in runs)
        {
            foreach (var published in run.Published)
            {
                var unchanged = run.Unchanged.Contains(published.DocumentId);
                table.AddRow(
                    Markup.Escape(run.Input.Name),
                    Markup.Escape(Shorten(published.Title ?? string.Empty, 48)),
                    Markup.Escape(published.Language ?? "-"),
                    published.Entities.Count.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(",", published.StageTimings.Where(t => t.Stage != "publish").Select(t => t.Version))),
                    run.Milliseconds.ToString("0", CultureInfo.InvariantCulture),
                    unchanged ? "[grey]unchanged[/]" : "[green]published[/]");
            }
            foreach (var failure in run.Failures)
                table.AddRow(Markup.Escape(run.Input.Name), "", "", "", "", run.Milliseconds.ToString("0", CultureInfo.InvariantCulture), $"[red]{Markup.Escape(Shorten(failure, 80))}[/]");
        }
        AnsiConsole.Write(table);
        var publishedCount = runs.Sum(r => r.Published.Count);
        var failed = runs.Sum(r => r.Failures.Count);
        AnsiConsole.MarkupLine($"{runs.Count} file(s): {publishedCount} document(s) published, {failed} failed.");
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
