using Pipeline.Enrichment;
using Pipeline.Enrichment.Tests;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>
/// ner-silver DIR... --out FILE: turns team-written articles with document-level gold (NAME.txt beside
/// NAME.gold.tsv) into token-level IOB2 training sentences, so the tagger also learns from news and
/// diplomacy text of the kind it is judged on, not only from Wikipedia and web forums. The gold says
/// which names an article holds but not where; the places come from the entity pipeline's mentions
/// of each entity it found under its gold name and type (its short forms included: "Lavrov", "OPEC"),
/// then from every other whole-word occurrence of a gold name it missed or typed wrongly, and of a
/// missed person's last word; nationalities the pipeline found are MISC, as in wikigold. Anything
/// else, the pipeline's wrong names too, is O. Longer spans win where two overlap.
/// </summary>
internal static class NerSilverCommand
{
    public static int Run(string[] args)
    {
        var options = CommandOptions.Parse(args);
        if (options.Positional.Count == 0 || options.Value("--out") is not { } output)
        {
            Console.Error.WriteLine("usage: ner-silver DIR... --out FILE");
            return 2;
        }
        var enricher = new DocumentEnricher();
        var documents = 0;
        var sentenceCount = 0;
        var tagged = new Dictionary<string, int>(StringComparer.Ordinal);
        using var writer = new StreamWriter(output);
        foreach (var directory in options.Positional)
            foreach (var goldFile in Directory.GetFiles(directory, "*.gold.tsv").Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(goldFile.Replace(".gold.tsv", ".txt", StringComparison.Ordinal));
                var gold = DocumentLevelScore.ReadGold(goldFile).Where(g => TagOf.ContainsKey(g.Type)).Select(g => (DocumentLevelScore.Normalize(g.Name), g.Type)).ToHashSet();
                var spans = Spans(text, gold, enricher.Enrich(new EnrichmentInput { Text = text }).Entities);
                foreach (var (tokens, tags) in Sentences(text, spans))
                {
                    for (var i = 0; i < tokens.Count; i++)
                    {
                        writer.Write(tokens[i].Text);
                        writer.Write('\t');
                        writer.WriteLine(tags[i]);
                        if (tags[i].StartsWith("B-", StringComparison.Ordinal)) tagged[tags[i][2..]] = tagged.GetValueOrDefault(tags[i][2..]) + 1;
                    }
                    writer.WriteLine();
                    sentenceCount++;
                }
                documents++;
            }
        Console.WriteLine($"{documents} documents, {sentenceCount} sentences; names: {string.Join(", ", tagged.OrderBy(t => t.Key).Select(t => $"{t.Key} {t.Value}"))}; wrote {output}");
        return 0;
    }

    private static readonly Dictionary<string, string> TagOf = new(StringComparer.Ordinal)
    {
        [EntityTypes.Person] = "PER", [EntityTypes.Organization] = "ORG", [EntityTypes.Location] = "LOC", [EntityTypes.Nationality] = "MISC",
    };

    private static List<(int Start, int End, string Tag)> Spans(string text, IReadOnlySet<(string Name, string Type)> gold, IReadOnlyList<Entity> entities)
    {
        var candidates = new List<(int Start, int End, string Tag)>();
        var found = new HashSet<(string, string)>();
        foreach (var entity in entities)
        {
            var key = (DocumentLevelScore.Normalize(entity.Text), entity.Type);
            var keep = gold.Contains(key) || entity.Type == EntityTypes.Nationality;
            if (!keep || !TagOf.TryGetValue(entity.Type, out var tag)) continue;
            found.Add(key);
            foreach (var mention in entity.Mentions.Where(m => m.Field == Mention.InText)) candidates.Add((mention.Start, mention.End, tag));
        }
        foreach (var (name, type) in gold.Where(g => !found.Contains(g)))
        {
            var tag = TagOf[type];
            candidates.AddRange(Occurrences(text, name).Select(start => (start, start + name.Length, tag)));
            if (type == EntityTypes.Person && name.LastIndexOf(' ') is var space and > 0)
            {
                var last = name[(space + 1)..];
                candidates.AddRange(Occurrences(text, last).Select(start => (start, start + last.Length, tag)));
            }
        }
        var taken = new List<(int Start, int End, string Tag)>();
        foreach (var span in candidates.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
            if (!taken.Any(t => t.Start < span.End && span.Start < t.End)) taken.Add(span);
        return taken;
    }

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length]);
            if (before && after) yield return at;
        }
    }

    private static IEnumerable<(List<Token> Tokens, string[] Tags)> Sentences(string text, List<(int Start, int End, string Tag)> spans)
    {
        var tokens = Tokenizer.Tokenize(text);
        foreach (var sentence in SentenceSplitter.Split(text, tokens))
        {
            var (start, end) = (sentence.Start.Value, sentence.End.Value);
            var words = tokens.GetRange(start, end - start);
            var tags = new string[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                var token = words[i];
                var span = spans.FirstOrDefault(s => s.Start <= token.Start && token.End <= s.End && s.Tag is not null);
                if (span.Tag is null) { tags[i] = "O"; continue; }
                var continues = i > 0 && span.Start <= words[i - 1].Start && tags[i - 1] != "O";
                tags[i] = (continues ? "I-" : "B-") + span.Tag;
            }
            yield return (words, tags);
        }
    }
}
