namespace Pipeline.Cli;

/// <summary>Expands the paths given on the command line into files: folders recursively, hidden entries skipped.</summary>
internal static class InputFiles
{
    public static IReadOnlyList<FileInfo> Expand(IEnumerable<string> paths)
    {
        var files = new List<FileInfo>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(new FileInfo(path));
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                    .Order(StringComparer.Ordinal)
                    .Select(f => new FileInfo(f)));
            else throw new FileNotFoundException($"No file or folder at '{path}'.", path);
        }
        return files.DistinctBy(f => f.FullName).ToList();
    }
}
