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

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + Misses == 0 ? 0 : (double)TruePositives / (TruePositives + Misses);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(string document, IEnumerable<(string Name, string Type)> gold, IEnumerable<Entity> found)
    {
        var expected = gold.Where(g => Scored.Contains(g.Type)).Select(g => (Normalize(g.Name), g.Type)).ToHashSet();
        var actual = found.Where(e => Scored.Contains(e.Type)).Select(e => (Normalize(e.Text), e.Type)).ToHashSet();
        foreach (var pair in actual)
        {
            if (expected.Contains(pair)) TruePositives++;
            else { FalsePositives++; Errors.Add($"{document}: extra {pair}"); }
        }
        foreach (var pair in expected.Where(p => !actual.Contains(p)))
        {
            Misses++;
            Errors.Add($"{document}: missed {pair}");
        }
    }

    /// <summary>Reads a gold file: one "name TAB type" per line.</summary>
    public static List<(string Name, string Type)> ReadGold(string path) =>
        File.ReadLines(path).Where(l => l.Contains('\t')).Select(l => l.Split('\t')).Select(p => (p[0], p[1])).ToList();

    private static string Normalize(string name)
    {
        var trimmed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed;
    }
}
