using Pipeline.Enrichment;
using Pipeline.Enrichment.Tests;

namespace Pipeline.Evaluation.Enrichment;

/// <summary>
/// ner-doc-eval [DIR] [--quiet]: the document-level (name, type) set measure of issue 5 on articles with
/// gold files (NAME.txt beside NAME.gold.tsv), overall and per type; default: the team-written
/// test articles (Articles/Blind holds the blind set). --quiet leaves out the list of errors.
/// </summary>
internal static class NerDocumentEvalCommand
{
    public static int Run(string[] args)
    {
        var directory = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "tests/Pipeline.Enrichment.Tests/Articles";
        var enricher = new DocumentEnricher();
        var score = new DocumentLevelScore();
        foreach (var gold in Directory.GetFiles(directory, "*.gold.tsv").Order(StringComparer.Ordinal))
        {
            var article = gold.Replace(".gold.tsv", ".txt", StringComparison.Ordinal);
            var result = enricher.Enrich(new EnrichmentInput { Text = File.ReadAllText(article) });
            score.Add(Path.GetFileName(article), DocumentLevelScore.ReadGold(gold), result.Entities);
        }
        if (!args.Contains("--quiet")) foreach (var error in score.Errors) Console.WriteLine(error);
        foreach (var type in score.ByType.Keys)
        {
            var (p, r, f) = score.Of(type);
            var (tp, fp, fn) = score.ByType[type];
            Console.WriteLine($"{type,-7} P {p:F3} R {r:F3} F1 {f:F3} (tp {tp}, fp {fp}, fn {fn})");
        }
        Console.WriteLine($"documents in {directory}: P {score.Precision:F3} R {score.Recall:F3} F1 {score.F1:F3} (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.Misses})");
        return 0;
    }
}
