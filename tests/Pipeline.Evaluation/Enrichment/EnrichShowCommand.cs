using Pipeline.Enrichment;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>
/// enrich-show FILE [--published YYYY-MM-DD] [--tags]: prints what enrich adds to one text file.
/// --tags also prints, sentence by sentence, the tagger's tags (words outside a name left bare) and
/// the name spans the name finder makes of them, to see at which step a name went wrong.
/// </summary>
internal static class EnrichShowCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: enrich-show FILE [--published YYYY-MM-DD] [--tags]");
            return 2;
        }
        var options = CommandOptions.Parse(args);
        var text = File.ReadAllText(options.Positional[0]);
        var published = options.Value("--published") is { } p ? DateTimeOffset.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        if (options.Flag("--tags")) ShowTags(text);
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

    private static void ShowTags(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        foreach (var (start, end) in SentenceSplitter.Split(text, tokens).SelectMany(s => SentenceSplitter.Pieces(tokens, s.Start.Value, s.End.Value)))
        {
            var tags = SequenceTagger.Instance.Tag(tokens, start, end, new GazetteerMatches(tokens, start, end));
            Console.WriteLine("tags:  " + string.Join(' ', Enumerable.Range(start, end - start).Select(i => tags[i - start] == 0 ? tokens[i].Text : $"{tokens[i].Text}/{NerTags.All[tags[i - start]]}")));
            Console.WriteLine("names: " + string.Join(" | ", NameFinder.Find(text, tokens, start, end, SequenceTagger.Instance).Select(n => $"{n.Text} {n.Type} [{n.Source}]")));
        }
    }
}
