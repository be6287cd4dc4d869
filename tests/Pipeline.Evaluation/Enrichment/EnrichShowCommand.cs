using Pipeline.Enrichment;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>enrich-show FILE [--published YYYY-MM-DD]: prints what enrich adds to one text file (first line = title).</summary>
internal static class EnrichShowCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: enrich-show FILE [--published YYYY-MM-DD]");
            return 2;
        }
        var options = CommandOptions.Parse(args);
        var text = File.ReadAllText(options.Positional[0]);
        var published = options.Value("--published") is { } p ? DateTimeOffset.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text, Published = published });
        Console.WriteLine($"language {result.Language} ({result.LanguageConfidence}), {result.WordCount} words, {result.ReadingTimeMinutes} min, sentiment {result.Sentiment}, fingerprint {result.Fingerprint:x16}");
        foreach (var e in result.Entities)
            Console.WriteLine($"{e.Type,-8} {e.Text,-40} x{e.Count,-3} sal {e.Salience:F3} {e.Normalized} {e.CountryCode} {e.Amount} {e.Currency} [{e.Source}] {string.Join(" | ", e.Mentions.Select(m => m.Text).Distinct())}");
        Console.WriteLine("keywords: " + string.Join(", ", result.Keywords.Select(k => $"{k.Text} ({k.Score})")));
        Console.WriteLine("categories: " + string.Join(", ", result.Categories.Select(c => $"{c.Label} {c.Code} ({c.Score})")));
        Console.WriteLine("summary: " + result.Summary);
        foreach (var n in result.NotProduced) Console.WriteLine("not produced: " + n);
        return 0;
    }
}
