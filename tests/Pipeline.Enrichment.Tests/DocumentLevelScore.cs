using Pipeline.Enrichment;

namespace Pipeline.Enrichment.Tests;

/// <summary>
/// The quality measure of issue 5: per document, the set of (name, type) pairs for PERSON, ORG
/// and LOC, a leading "the" ignored; true and false positives and misses summed over documents
/// (micro average). Shared with the evaluation command ner-doc-eval.
/// </summary>
public sealed class DocumentLevelScore
{
    private static readonly string[] Scored = [EntityTypes.Person, EntityTypes.Organization, EntityTypes.Location];

    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int Misses { get; private set; }
    public List<string> Errors { get; } = [];

    /// <summary>The same counts per type (PERSON, ORG, LOC), to see which type holds the errors.</summary>
    public SortedDictionary<string, (int TruePositives, int FalsePositives, int Misses)> ByType { get; } = new(StringComparer.Ordinal);

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + Misses == 0 ? 0 : (double)TruePositives / (TruePositives + Misses);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(string document, IEnumerable<(string Name, string Type)> gold, IEnumerable<Entity> found)
    {
        var expected = gold.Where(g => Scored.Contains(g.Type)).Select(g => (Normalize(g.Name), g.Type)).ToHashSet();
        var actual = found.Where(e => Scored.Contains(e.Type)).Select(e => (Normalize(e.Text), e.Type)).ToHashSet();
        foreach (var pair in actual)
        {
            if (expected.Contains(pair)) Count(pair.Type, 1, 0, 0);
            else { Count(pair.Type, 0, 1, 0); Errors.Add($"{document}: extra {pair}"); }
        }
        foreach (var pair in expected.Where(p => !actual.Contains(p)))
        {
            Count(pair.Type, 0, 0, 1);
            Errors.Add($"{document}: missed {pair}");
        }
    }

    /// <summary>Precision, recall and F1 of one type.</summary>
    public (double Precision, double Recall, double F1) Of(string type)
    {
        var (tp, fp, fn) = ByType.GetValueOrDefault(type);
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private void Count(string type, int tp, int fp, int fn)
    {
        TruePositives += tp;
        FalsePositives += fp;
        Misses += fn;
        var c = ByType.GetValueOrDefault(type);
        ByType[type] = (c.TruePositives + tp, c.FalsePositives + fp, c.Misses + fn);
    }

    /// <summary>Reads a gold file: one "name TAB type" per line.</summary>
    public static List<(string Name, string Type)> ReadGold(string path) =>
        File.ReadLines(path).Where(l => l.Contains('\t')).Select(l => l.Split('\t')).Select(p => (p[0], p[1])).ToList();

    /// <summary>A name as the score compares it: white space collapsed, a leading "the" dropped.</summary>
    public static string Normalize(string name)
    {
        var trimmed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }
}
