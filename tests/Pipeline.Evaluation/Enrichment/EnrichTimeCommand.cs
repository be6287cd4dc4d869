using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.Enrichment;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>
/// enrich-time FILE... [--published YYYY-MM-DD] [--title] [--clean] [--progress]: runs enrich once on each file (no warm-up
/// rounds, so it suits texts of many megabytes where enrich-speed's repetitions take too long)
/// and prints seconds for the whole step and for its parts, and a hash of the whole result, so
/// that a change meant to be faster can be checked to leave the output as it was.
/// </summary>
internal static class EnrichTimeCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: enrich-time FILE... [--published YYYY-MM-DD] [--title] [--clean] [--progress]");
            return 2;
        }
        var options = CommandOptions.Parse(args);
        var published = options.Value("--published") is { } p ? DateTimeOffset.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        // --progress: each part as it ends, to see which one a very large text is stuck in.
        var progress = options.Flag("--progress");
        var enricher = new DocumentEnricher();
        enricher.Enrich(new EnrichmentInput { Text = "Warm-up: Maria Lopez of Acme Holdings said in Lisbon on 3 March that 4 million euros would follow." });
        foreach (var path in options.Positional)
        {
            var text = File.ReadAllText(path);
            // --clean: enrich what the clean stage makes of the file, as the services do.
            string? cleanedTitle = null, standfirst = null;
            if (options.Flag("--clean"))
            {
                var watch = Stopwatch.StartNew();
                var cleaned = new Pipeline.Cleaning.ArticleCleaner().Clean(new Pipeline.Cleaning.CleaningInput { Text = text });
                (text, cleanedTitle, standfirst) = (cleaned.Text, cleaned.Title, cleaned.Standfirst);
                Console.Error.WriteLine($"  {path}: clean {watch.Elapsed.TotalSeconds:F2}s, title '{cleanedTitle}', {text.Length} characters left");
            }
            var megabytes = Encoding.UTF8.GetByteCount(text) / 1e6;
            var parts = new List<string>();
            var tokens = Time("tokenize", () => Tokenizer.Tokenize(text));
            var words = Time("words", () => new DocumentWords(text, tokens));
            Time("rules", () => NumericRules.Find(text).Concat(DateRules.Find(text, published)).ToList());
            var names = Time("names", () => SentenceSplitter.Split(text, tokens).SelectMany(s => SentenceSplitter.Pieces(tokens, s.Start.Value, s.End.Value))
                .SelectMany(p => NameFinder.Find(text, tokens, p.Start, p.End, SequenceTagger.Instance)).ToList());
            Time("coordination", () => CoordinationRule.Find(text, tokens, names).ToList());
            var linked = Time("linker", () => MentionLinker.Link(text, tokens, names));
            Time("builder", () => EntityBuilder.Build(text, null, null, linked));
            var entities = Time("entities", () => EntityRecognizer.Instance.Recognize(text, tokens, null, published, null));
            var keywords = Time("keywords", () => KeywordExtractor.Extract(words.Marked, StopwordLists.For("en"), english: true, facts: words.Facts));
            Time("cased", () => keywords.Select(k => words.Cased(k.Text)).ToList());
            Time("summary", () => Summarizer.Summarize(text, tokens, keywords, 3));
            // --title: the first line is the title too, as the clean stage gives it.
            var title = cleanedTitle ?? (options.Flag("--title") ? text[..Math.Max(0, text.IndexOf('\n'))] : null);
            var result = Time("whole enrich", () => enricher.Enrich(new EnrichmentInput { Text = text, Title = title, Standfirst = standfirst, Published = published, DeclaredLanguage = title is null ? null : "en" }));
            var hash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(result)))[..16];
            Console.WriteLine($"{Path.GetFileName(path)} {megabytes:F2} MB, {result.Entities.Count} entities, {result.Entities.Sum(e => e.Count)} mentions, result {hash}");
            Console.WriteLine("  " + string.Join("  ", parts));

            T Time<T>(string name, Func<T> action)
            {
                var watch = Stopwatch.StartNew();
                var value = action();
                parts.Add($"{name} {watch.Elapsed.TotalSeconds:F2}s");
                if (name == "whole enrich") parts.Add($"({megabytes / watch.Elapsed.TotalSeconds:F2} MB/s)");
                if (progress) Console.Error.WriteLine($"  {path}: {parts[^1]}");
                return value;
            }
        }
        return 0;
    }
}
