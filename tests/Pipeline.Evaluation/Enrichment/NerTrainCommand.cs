using Pipeline.Enrichment;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>
/// ner-train TRAIN.conll [OUTPUT] [--epochs N] [--seed N] [--prune X] [--no-misc] [--lines FROM-TO]: trains the
/// entity tagger and writes its weights (default: the library's embedded model file).
/// </summary>
internal static class NerTrainCommand
{
    public const string DefaultOutput = "shared/Pipeline.Enrichment/Data/ner-perceptron.bin.gz";

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: ner-train TRAIN.conll [OUTPUT] [--epochs N] [--seed N] [--prune X] [--no-misc] [--lines FROM-TO]");
            return 2;
        }
        var options = CommandOptions.Parse(args);
        var epochs = options.Int("--epochs", 12);
        var seed = options.Int("--seed", 1);
        var prune = (float)options.Double("--prune", 0.002);
        var output = options.Positional.ElementAtOrDefault(1) ?? DefaultOutput;

        // --lines FROM-TO keeps part of the file, e.g. 1-51517 for train without EWT (see its README).
        var lines = (options.Value("--lines") ?? "1-2147483647").Split('-').Select(int.Parse).ToArray();
        var sentences = ConllSentence.Read(options.Positional[0], lines[0], lines[1]);
        var examples = sentences.Select(s => new PerceptronTrainer.Example(
            FeatureExtractor.Prepare(s.Tokens, 0, s.Tokens.Count),
            s.Tags.Select(t => NerTags.IndexOf(options.Flag("--no-misc") && t.EndsWith("MISC", StringComparison.Ordinal) ? "O" : t)).ToArray())).ToList();
        Console.WriteLine($"{examples.Count} sentences, {examples.Sum(e => e.Gold.Length)} tokens; {epochs} epochs, seed {seed}");

        var trainer = new PerceptronTrainer(NerTags.All);
        trainer.Train(examples, epochs, seed, (epoch, accuracy) => Console.WriteLine($"epoch {epoch,2}: token accuracy {accuracy:F4}"));
        var model = trainer.Build(prune);
        using (var file = File.Create(output)) model.Save(file);
        Console.WriteLine($"{model.FeatureCount} features kept; wrote {output} ({new FileInfo(output).Length / 1024} KiB)");
        return 0;
    }
}
