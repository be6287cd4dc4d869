namespace Pipeline.Cli.Output;

/// <summary>
/// One output file per input, named after the input without its extension; when two inputs share
/// that name (a.html, a.txt), both keep their extension (a.html.json, a.txt.json).
/// </summary>
internal static class OutputFileNames
{
    public static IReadOnlyDictionary<FileInfo, string> For(IReadOnlyList<FileInfo> inputs)
    {
        var stems = inputs.GroupBy(f => Path.GetFileNameWithoutExtension(f.Name), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<FileInfo, string>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var input in inputs)
        {
            var stem = Path.GetFileNameWithoutExtension(input.Name);
            var name = stems[stem] == 1 ? stem : input.Name;
            var candidate = name;
            for (var n = 2; !taken.Add(candidate); n++) candidate = $"{name}-{n}";
            names[input] = candidate + ".json";
        }
        return names;
    }
}
