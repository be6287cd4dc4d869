using System.Globalization;

namespace Pipeline.Evaluation;

/// <summary>score.py's totals for one system over one set of pages.</summary>
internal sealed record ScoreSummary(double Precision, double Recall, double F1, double Accuracy)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Precision:F3} {Recall:F3} {F1:F3} {Accuracy:F3}");
}
