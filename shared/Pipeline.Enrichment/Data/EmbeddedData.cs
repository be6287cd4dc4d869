using System.Reflection;

namespace Pipeline.Enrichment;

/// <summary>Reads the data files compiled into this assembly (see Data/NOTICE.md for their sources).</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Pipeline.Enrichment.Data." + name)
        ?? throw new InvalidOperationException($"Embedded data file '{name}' is missing from the build.");

    /// <summary>Non-empty lines that are not "#" comments, split on tabs.</summary>
    public static IEnumerable<string[]> Rows(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
