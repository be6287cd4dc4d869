namespace Pipeline.Cleaning.Tests.Shingles;

/// <summary>Shingle counts of one page: found and wanted, found and not wanted, wanted and not found.</summary>
public sealed record ShingleMatch(int TruePositives, int FalsePositives, int Misses)
{
    /// <summary>1 when nothing was wanted and nothing found; 0 when nothing was found.</summary>
    public double Precision => FalsePositives == 0 && Misses == 0 ? 1 : TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => FalsePositives == 0 && Misses == 0 ? 1 : TruePositives + Misses == 0 ? 0 : (double)TruePositives / (TruePositives + Misses);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Whether the page predicted anything: an empty prediction has no precision to average.</summary>
    public bool HasPrediction => TruePositives + FalsePositives > 0;
}
