namespace Pipeline.Evaluation;

/// <summary>Finds the shared evaluation data, which lives beside the repository and is never committed.</summary>
internal static class EvaluationData
{
    /// <summary>The first ancestor of the working directory that has shared/eval/NAME.</summary>
    public static string? Locate(string name)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", name);
            if (File.Exists(Path.Combine(candidate, "truth.jsonl"))) return candidate;
        }
        return null;
    }
}
