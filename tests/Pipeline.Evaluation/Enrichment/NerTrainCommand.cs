using Pipeline.Enrichment;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>
/// ner-train TRAIN.conll [OUTPUT] [--epochs N] [--seed N] [--prune X] [--no-misc] [--lines FROM-TO] [--also FILE[,FILE...]] [--runs N]: trains the
/// entity tagger and writes its weights (default: the library's embedded model file).
/// </summary>
internal static class NerTrainCommand
{
    public const string DefaultOutput = "shared/Pipeline.Enrichment/Data/ner-perceptron.bin.gz";

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: ner-train TRAIN.conll [OUTPUT] [--epochs N] [--seed N] [--prune X] [--no-misc] [--lines FROM-TO] [--also FILE[,FILE...]] [--runs N]");
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
        // --also FILE[,FILE...] adds every sentence of more files: the dev split for the final model, the team's
        // articles made into training sentences by ner-silver.
        if (options.Value("--also") is { } also)
            foreach (var file in also.Split(',', StringSplitOptions.RemoveEmptyEntries)) sentences = [.. sentences, .. ConllSentence.Read(file, 1, int.MaxValue)];
        var examples = sentences.Select(s => new PerceptronTrainer.Example(
            FeatureExtractor.Prepare(s.Tokens, 0, s.Tokens.Count),
            s.Tags.Select(t => NerTags.IndexOf(options.Flag("--no-misc") && t.EndsWith("MISC", StringComparison.Ordinal) ? "O" : t)).ToArray())).ToList();
        Console.WriteLine($"{examples.Count} sentences, {examples.Sum(e => e.Gold.Length)} tokens; {epochs} epochs, seed {seed}");

        // --runs N trains N models on differently shuffled examples (seeds seed..seed+N-1) and averages them.
        var runs = options.Int("--runs", 1);
        var models = new List<PerceptronModel>();
        for (var run = 0; run < runs; run++)
        {
            var trainer = new PerceptronTrainer(NerTags.All);
            trainer.Train(examples, epochs, seed + run, (epoch, accuracy) => Console.WriteLine($"run {run + 1}, epoch {epoch,2}: token accuracy {accuracy:F4}"));
            models.Add(trainer.Build(prune));
        }
        var model = runs == 1 ? models[0] : PerceptronModel.Average(models);
        using (var file = File.Create(output)) model.Save(file);
        Console.WriteLine($"{model.FeatureCount} features kept; wrote {output} ({new FileInfo(output).Length / 1024} KiB)");
        return 0;
    }
}
