using BenchmarkDotNet.Attributes;
using Pipeline.Enrichment;

namespace Pipeline.Benchmarks;

/// <summary>
/// The whole enrich step on team-written articles (tests/Pipeline.Enrichment.Tests/Articles), one
/// thread. MB/s per core = bytes of article text / mean time; the suite reports the text size.
/// </summary>
[MemoryDiagnoser]
public class EnrichBenchmarks
{
    private readonly DocumentEnricher _enricher = new();
    private EnrichmentInput[] _articles = [];

    public long TextBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Articles");
        _articles = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new EnrichmentInput { Text = File.ReadAllText(f), Published = new DateTimeOffset(2024, 3, 6, 0, 0, 0, TimeSpan.Zero) })
            .ToArray();
        TextBytes = _articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Text));
        Console.WriteLine($"// enrich corpus: {_articles.Length} articles, {TextBytes} bytes of UTF-8 text");
        _headlined = _articles.Select(a => a with { Title = HeadlineFor(a.Text) }).ToArray();
        foreach (var article in _articles) _enricher.Enrich(article); // load models, lists and weights outside the measurement
    }

    [Benchmark(Description = "Enrich all team articles")]
    public int EnrichAll()
    {
        var entities = 0;
        foreach (var article in _articles) entities += _enricher.Enrich(article).Entities.Count;
        return entities;
    }

    /// <summary>
    /// As the pipeline calls it: the headline apart from the text, and read for entities in front of
    /// it. The team articles carry no headline line, so each gets one of headline length that its
    /// text does not hold (its last paragraph's first twelve words, in reverse order).
    /// </summary>
    [Benchmark(Description = "Enrich all team articles, headline apart")]
    public int EnrichAllWithHeadlines()
    {
        var entities = 0;
        foreach (var article in _headlined) entities += _enricher.Enrich(article).Entities.Count;
        return entities;
    }

    private EnrichmentInput[] _headlined = [];

    private static string HeadlineFor(string text)
    {
        var last = text.TrimEnd().Split("\n\n")[^1];
        return string.Join(' ', last.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12).Reverse());
    }

    [Benchmark(Description = "Entities only")]
    public int EntitiesOnly()
    {
        var entities = 0;
        foreach (var article in _articles) entities += EntityRecognizer.Instance.Recognize(article.Text, null, article.Published).Count;
        return entities;
    }

    [Benchmark(Description = "SimHash only")]
    public ulong SimHashOnly()
    {
        ulong x = 0;
        foreach (var article in _articles) x ^= SimHash.Compute(article.Text);
        return x;
    }
}
