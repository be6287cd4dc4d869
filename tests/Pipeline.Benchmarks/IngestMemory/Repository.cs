namespace Pipeline.Benchmarks.IngestMemory;

internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The ingest service built beside this project, in the same configuration.</summary>
    public static string IngestAssembly
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            var path = Path.Combine(Root, "services", "Pipeline.Ingest", "bin", configuration, "net10.0", "Pipeline.Ingest.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"Build the ingest service first ({path}).", path);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln"))) return directory.FullName;
        throw new InvalidOperationException("Pipeline.sln not found above the benchmark binaries.");
    }
}
