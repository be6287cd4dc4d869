namespace Pipeline.Cleaning.Tests.Shingles;

/// <summary>
/// Pages weigh alike, however long: precision is the mean over pages that predicted something,
/// recall the mean over all pages, and F1 the harmonic mean of the two, as the benchmark reports
/// it. The mean of per-page F1 is given too; it punishes a page that fails outright harder.
/// </summary>
public sealed record ShingleAverage(int Pages, double Precision, double Recall, double F1, double MeanPageF1)
{
    public static ShingleAverage Of(IReadOnlyCollection<ShingleMatch> pages)
    {
        if (pages.Count == 0) return new ShingleAverage(0, 0, 0, 0, 0);
        var predicted = pages.Where(page => page.HasPrediction).ToList();
        var precision = predicted.Count == 0 ? 0 : predicted.Average(page => page.Precision);
        var recall = pages.Average(page => page.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ShingleAverage(pages.Count, precision, recall, f1, pages.Average(page => page.F1));
    }
}
