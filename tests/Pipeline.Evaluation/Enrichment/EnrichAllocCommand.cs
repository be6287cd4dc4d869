using System.Diagnostics.Tracing;
using Pipeline.Enrichment;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>enrich-alloc FILE...: bytes allocated per enrich phase (per byte of text), and a sampled histogram of allocated types.</summary>
internal static class EnrichAllocCommand
{
    public static int Run(string[] args)
    {
        var types = args.Contains("--types");
        var texts = args.Where(a => a != "--types").Select(File.ReadAllText).ToArray();
        var bytes = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t));
        var enricher = new DocumentEnricher();
        foreach (var t in texts) enricher.Enrich(new EnrichmentInput { Text = t });
        var totals = new Dictionary<string, long>();
        void Add(string name, long b) => totals[name] = totals.GetValueOrDefault(name) + b;
        long Now() => GC.GetAllocatedBytesForCurrentThread();
        var whole = Now();
        foreach (var t in texts) enricher.Enrich(new EnrichmentInput { Text = t });
        Add("0 whole enrich", Now() - whole);
        var tagger = SequenceTagger.Instance;
        foreach (var text in texts)
        {
            var a = Now();
            var tokens = Tokenizer.Tokenize(text); Add("tokenize", Now() - a); a = Now();
            var words = new DocumentWords(text, tokens); Add("words", Now() - a); a = Now();
            var sentences = SentenceSplitter.Split(text, tokens); Add("split", Now() - a); a = Now();
            new LanguageIdentifier().Identify(text, null, words.Facts); Add("language (incl. new)", Now() - a); a = Now();
            EntityRecognizer.Instance.Recognize(text, tokens, null, null, null, sentences); Add("1 recognize", Now() - a); a = Now();
            NumericRules.Find(text).Count(); Add("numeric", Now() - a); a = Now();
            DateRules.Find(text, null).Count(); Add("dates", Now() - a); a = Now();
            var names = new List<EntitySpan>();
            foreach (var s in sentences)
            {
                var (st, en) = (s.Start.Value, s.End.Value);
                a = Now();
                var m = new GazetteerMatches(tokens, st, en); Add("gazmatches", Now() - a); a = Now();
                tagger.Tag(tokens, st, en, m); Add("tagger", Now() - a); a = Now();
                NameFinder.HyphenPlaces(text, tokens, st, en).ToList(); Add("hyphenplaces", Now() - a); a = Now();
                names.AddRange(NameFinder.Find(text, tokens, st, en, tagger)); Add("namefinder (incl gaz+tag)", Now() - a);
            }
            a = Now();
            CoordinationRule.Find(text, tokens, names).ToList(); Add("coordination", Now() - a); a = Now();
            var linked = MentionLinker.Link(text, tokens, names); Add("linker", Now() - a); a = Now();
            EntityBuilder.Build(text, null, null, linked); Add("builder", Now() - a); a = Now();
            KeywordExtractor.Extract(words.Marked, StopwordLists.For("en"), english: true, facts: words.Facts); Add("keywords", Now() - a); a = Now();
            Summarizer.Summarize(text, tokens, sentences, [], 3); Add("summary", Now() - a); a = Now();
            CategoryClassifier.Classify(words.Facts); Add("categories", Now() - a); a = Now();
            SentimentScorer.Score(words.Facts); Add("sentiment", Now() - a); a = Now();
            SimHash.Compute(text); Add("simhash", Now() - a);
        }
        foreach (var (k, v) in totals.OrderByDescending(p => p.Value)) Console.WriteLine($"{k,-30} {v,10:N0} B  {v / (double)bytes,6:F1} B/byte");
        var g0 = GC.CollectionCount(0);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var r = 0; r < 200; r++) foreach (var t in texts) enricher.Enrich(new EnrichmentInput { Text = t });
        Console.WriteLine($"gen0 collections over 200 rounds: {GC.CollectionCount(0) - g0}, gen1 {GC.CollectionCount(1)}, {watch.Elapsed.TotalMilliseconds / 200:F2} ms a round; GCgen0size={AppContext.GetData("System.GC.Gen0Size")}");
        if (!types) return 0;
        using var listener = new AllocListener();
        for (var r = 0; r < 30; r++) foreach (var t in texts) enricher.Enrich(new EnrichmentInput { Text = t });
        Console.WriteLine("sampled types (allocation ticks, ~100 KB each):");
        foreach (var (k, v) in listener.Types.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine($"{v,6:N0} {k}");
            if (!k.Contains("DisplayClass") && !k.Contains(">d__")) continue;
            foreach (var t in typeof(DocumentEnricher).Assembly.GetTypes().Where(t => t.Name == k))
                Console.WriteLine($"         in {t.DeclaringType?.Name}: {string.Join(", ", t.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic).Select(f => f.Name))}");
        }
        var gc0 = GC.CollectionCount(0);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        for (var r = 0; r < 100; r++) foreach (var t in texts) enricher.Enrich(new EnrichmentInput { Text = t });
        Console.WriteLine($"gen0 collections over 100 rounds: {GC.CollectionCount(0) - gc0}, {sw.Elapsed.TotalSeconds:F2} s; gen0 budget {AppContext.GetData("GCgen0size")} {GC.GetGCMemoryInfo().GenerationInfo[0].SizeAfterBytes}");
        return 0;
    }

    private sealed class AllocListener : EventListener
    {
        public readonly Dictionary<string, long> Types = new();
        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick")) return;
            var i = e.PayloadNames!.IndexOf("TypeName");
            var name = i >= 0 ? e.Payload![i] as string ?? "?" : "?";
            lock (Types) Types[name] = Types.GetValueOrDefault(name) + 1;
        }
    }
}
