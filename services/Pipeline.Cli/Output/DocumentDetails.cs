using System.Globalization;
using Pipeline.Contracts;
using Spectre.Console;

namespace Pipeline.Cli.Output;

/// <summary>What enrich found in one document, for reading at the terminal: entities by type, keywords, categories, summary.</summary>
internal static class DocumentDetails
{
    private static readonly string[] TypeOrder = ["PERSON", "ORG", "LOC", "NORP", "DATE", "MONEY", "PERCENT", "QUANTITY"];

    public static void Write(DocumentPublished document)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var group in document.Entities.GroupBy(e => e.Type).OrderBy(g => Array.IndexOf(TypeOrder, g.Key) is var i && i < 0 ? int.MaxValue : i))
            grid.AddRow(new Text(group.Key, new Style(Color.Aqua)), new Text(string.Join(", ", group.Select(Describe))));
        if (document.Keywords.Count > 0) grid.AddRow(new Text("keywords", new Style(Color.Yellow)), new Text(string.Join(", ", document.Keywords)));
        if (document.Categories.Count > 0)
        {
            grid.AddRow(new Text("categories", new Style(Color.Yellow)),
                new Text(string.Join(", ", document.Categories.Select(c => $"{c.Label} ({c.Score.ToString("0.00", CultureInfo.InvariantCulture)})"))));
        }
        if (document.DuplicateOf is not null) grid.AddRow(new Text("duplicate of", new Style(Color.Yellow)), new Text(document.DuplicateOf));
        if (!string.IsNullOrWhiteSpace(document.Summary)) grid.AddRow(new Text("summary", new Style(Color.Yellow)), new Text(document.Summary));
        AnsiConsole.Write(new Panel(grid).Header(Markup.Escape($"{document.DocumentId} · {document.Title}")).Border(BoxBorder.Rounded).Expand());
    }

    private static string Describe(PublishedEntity entity)
    {
        var extra = entity.Normalized is { } normalized && normalized != entity.Text ? $" = {normalized}" : string.Empty;
        return entity.Count > 1 ? $"{entity.Text}{extra} ×{entity.Count}" : entity.Text + extra;
    }
}
