using System.Diagnostics;
using Pipeline.Enrichment;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>
/// enrich-speed FILE...: single-thread throughput of each enrich part, by CPU time and by wall
/// time. On a shared, loaded machine the CPU-time figure is the per-core speed; BenchmarkDotNet
/// (tests/Pipeline.Benchmarks) measures wall time.
/// </summary>
internal static class EnrichSpeedCommand
{
    public static int Run(string[] args)
    {
        // --only PART --seconds N: one part alone, for a profiler to sample (perf record -- dotnet ... enrich-speed --only "whole enrich").
        var only = Option(ref args, "--only");
        var seconds = double.Parse(Option(ref args, "--seconds") ?? "2", System.Globalization.CultureInfo.InvariantCulture);
        var texts = args.Select(File.ReadAllText).ToArray();
        var bytes = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t));
        var enricher = new DocumentEnricher();
        var language = new LanguageIdentifier();
        Measure("whole enrich", () => { foreach (var t in texts) enricher.Enrich(new EnrichmentInput { Text = t }); });
        Measure("lingua", () => { foreach (var t in texts) language.Identify(t); });
        var words = texts.Select(t => new DocumentWords(t, Tokenizer.Tokenize(t)).Facts).ToArray();
        Measure("stopword-lang", () => { foreach (var w in words) StopwordLanguageGuess.Guess(w); });
        foreach (var w in words) Console.WriteLine($"  guess {StopwordLanguageGuess.Guess(w)}");
        var docs = texts.Select(t => { var tk = Tokenizer.Tokenize(t); return (t, tk, new DocumentWords(t, tk)); }).ToArray();
        Measure("keywords", () => { foreach (var (t, tk, w) in docs) KeywordExtractor.Extract(w.Marked, StopwordLists.For("en"), english: true, facts: w.Facts); });
        Measure("summary", () => { foreach (var (t, tk, w) in docs) Summarizer.Summarize(t, tk, [], 3); });
        Measure("categories", () => { foreach (var (t, tk, w) in docs) CategoryClassifier.Classify(w.Facts); });
        Measure("sentiment", () => { foreach (var (t, tk, w) in docs) SentimentScorer.Score(w.Facts); });
        Measure("tokenize", () => { foreach (var t in texts) Tokenizer.Tokenize(t); });
        Measure("prepare", () => { foreach (var t in texts) { var tokens = Tokenizer.Tokenize(t); foreach (var s in SentenceSplitter.Split(t, tokens)) FeatureExtractor.Prepare(tokens, s.Start.Value, s.End.Value); } });
        Measure("split", () => { foreach (var t in texts) { var tokens = Tokenizer.Tokenize(t); SentenceSplitter.Split(t, tokens); } });
        Measure("tagger", () => { foreach (var t in texts) { var tokens = Tokenizer.Tokenize(t); foreach (var s in SentenceSplitter.Split(t, tokens)) SequenceTagger.Instance.Tag(tokens, s.Start.Value, s.End.Value); } });
        Measure("names", () => { foreach (var t in texts) { var tokens = Tokenizer.Tokenize(t); foreach (var s in SentenceSplitter.Split(t, tokens)) NameFinder.Find(t, tokens, s.Start.Value, s.End.Value, SequenceTagger.Instance).Count(); } });
        var prepared = texts.Select(t =>
        {
            var tokens = Tokenizer.Tokenize(t);
            var names = SentenceSplitter.Split(t, tokens).SelectMany(s => NameFinder.Find(t, tokens, s.Start.Value, s.End.Value, SequenceTagger.Instance)).ToList();
            return (t, tokens, names);
        }).ToList();
        Measure("coordination", () => { foreach (var (t, tokens, names) in prepared) CoordinationRule.Find(t, tokens, names).Count(); });
        Measure("linker", () => { foreach (var (t, tokens, names) in prepared) MentionLinker.Link(t, tokens, names); });
        var linked = prepared.Select(p => (p.t, MentionLinker.Link(p.t, p.tokens, p.names))).ToList();
        Measure("builder", () => { foreach (var (t, spans) in linked) EntityBuilder.Build(t, null, null, spans); });
        Measure("entities", () => { foreach (var t in texts) EntityRecognizer.Instance.Recognize(t, null, null); });
        Measure("numeric rules", () => { foreach (var t in texts) NumericRules.Find(t).Count(); });
        Measure("date rules", () => { foreach (var t in texts) DateRules.Find(t, null).Count(); });
        Measure("simhash", () => { foreach (var t in texts) SimHash.Compute(t); });
        Measure("whole enrich", () => { foreach (var t in texts) enricher.Enrich(new EnrichmentInput { Text = t }); });
        var published = new DateTimeOffset(2024, 3, 6, 0, 0, 0, TimeSpan.Zero);
        Measure("with published", () => { foreach (var t in texts) enricher.Enrich(new EnrichmentInput { Text = t, Published = published }); });
        return 0;

        void Measure(string name, Action action)
        {
            if (only is not null && name != only) return;
            for (var warm = 0; warm < 20; warm++) action(); // past tiered compilation
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var rounds = 0;
            while (watch.Elapsed.TotalSeconds < seconds) { action(); rounds++; }
            // CPU time of this process (one thread here, so per core) as well as wall time: the machine is shared.
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var before = GC.GetAllocatedBytesForCurrentThread();
            action();
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)bytes;
            Console.WriteLine($"{name,-14} {bytes * rounds / cpuSeconds / 1e6,8:F2} MB/s per core (CPU time)  {bytes * rounds / watch.Elapsed.TotalSeconds / 1e6,8:F2} MB/s wall  {allocated,6:F0} B allocated per byte");
        }
    }

    private static string? Option(ref string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0 || at + 1 >= args.Length) return null;
        var value = args[at + 1];
        args = [.. args[..at], .. args[(at + 2)..]];
        return value;
    }
}
