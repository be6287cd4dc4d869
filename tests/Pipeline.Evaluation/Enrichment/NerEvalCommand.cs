using Pipeline.Enrichment;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>
/// ner-eval DEV.conll [--model FILE] [--lines FROM-TO] [--errors]: entity-level precision, recall and F1 per type (exact span
/// and type, as CoNLL scores them), first of the tagger alone, then of the whole entity pipeline
/// (tagger, name lists, rules, document-level resolution) run on each sentence's text.
/// </summary>
internal static class NerEvalCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: ner-eval DEV.conll [--model FILE] [--lines FROM-TO]");
            return 2;
        }
        var options = CommandOptions.Parse(args);
        var lines = (options.Value("--lines") ?? "1-2147483647").Split('-').Select(int.Parse).ToArray();
        var sentences = ConllSentence.Read(options.Positional[0], lines[0], lines[1]);
        var tagger = options.Value("--model") is { } path ? Load(path) : SequenceTagger.Instance;
        // The whole pipeline runs on the same tagger: with a model trained without dev, its dev figures are held out too.
        var recognizer = options.Value("--model") is null ? EntityRecognizer.Instance : new EntityRecognizer(tagger);

        var taggerScores = new PrecisionRecall();
        var pipelineScores = new PrecisionRecall();
        foreach (var sentence in sentences)
        {
            var gold = EntitySpans.Of(sentence.Tags);
            var predicted = EntitySpans.Of(tagger.Tag(sentence.Tokens, 0, sentence.Tokens.Count).Select(t => NerTags.All[t]).ToList());
            taggerScores.Add(gold, predicted, span => span.Type);
            if (options.Flag("--errors"))
            {
                foreach (var g in gold.Where(g => !predicted.Contains(g))) Console.WriteLine($"missed {g.Type} '{string.Join(' ', sentence.Tokens[g.Start..g.End].Select(t => t.Text))}'");
                foreach (var p in predicted.Where(p => !gold.Contains(p))) Console.WriteLine($"extra  {p.Type} '{string.Join(' ', sentence.Tokens[p.Start..p.End].Select(t => t.Text))}'");
            }
            var found = PipelineSpans(recognizer, sentence);
            var scored = gold.Where(g => g.Type != "MISC").ToHashSet();
            pipelineScores.Add(scored, found, span => span.Type);
            if (options.Flag("--errors"))
            {
                // The pipeline's own misses, marked apart from the tagger's: most fixes are made in the rules after it.
                foreach (var g in scored.Where(g => !found.Contains(g))) Console.WriteLine($"pipeline missed {g.Type} '{string.Join(' ', sentence.Tokens[g.Start..g.End].Select(t => t.Text))}'");
                foreach (var (start, end, type) in found.Where(p => !scored.Contains(p))) Console.WriteLine($"pipeline extra  {type} '{string.Join(' ', sentence.Tokens[start..end].Select(t => t.Text))}'");
            }
        }
        Console.WriteLine($"Tagger alone ({sentences.Count} sentences, {tagger.Model.FeatureCount} features):");
        taggerScores.Print(Console.Out, "PER", "ORG", "LOC");
        Console.WriteLine();
        Console.WriteLine("Entity pipeline (tagger + name lists + rules), PER/ORG/LOC only:");
        pipelineScores.Print(Console.Out, "PER", "ORG", "LOC");
        return 0;
    }

    private static SequenceTagger Load(string path)
    {
        using var file = File.OpenRead(path);
        return new SequenceTagger(PerceptronModel.Load(file));
    }

    private static HashSet<(int Start, int End, string Type)> PipelineSpans(EntityRecognizer recognizer, ConllSentence sentence)
    {
        var text = sentence.Text;
        var spans = new HashSet<(int, int, string)>();
        foreach (var entity in recognizer.Recognize(text, null, null))
        {
            var type = entity.Type switch { EntityTypes.Person => "PER", EntityTypes.Organization => "ORG", EntityTypes.Location => "LOC", _ => null };
            if (type is null) continue;
            foreach (var mention in entity.Mentions)
            {
                var first = sentence.Tokens.FindIndex(t => t.Start == mention.Start);
                var last = sentence.Tokens.FindIndex(t => t.End == mention.End);
                if (first >= 0 && last >= first) spans.Add((first, last + 1, type));
            }
        }
        return spans;
    }
}
