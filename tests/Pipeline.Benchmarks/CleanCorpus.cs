using Pipeline.Extraction;

namespace Pipeline.Benchmarks;

/// <summary>
/// The pages the clean benchmarks run on: shared/eval/clean-dev/pages beside the repository
/// (never committed), or the folder named by PIPELINE_CLEAN_PAGES. Decoded once, outside the timing.
/// </summary>
internal sealed class CleanCorpus
{
    private static readonly Lazy<CleanCorpus> Shared = new(Load);

    private CleanCorpus(IReadOnlyList<string> pages, long bytes)
    {
        Pages = pages;
        Bytes = bytes;
    }

    public static CleanCorpus Instance => Shared.Value;

    public IReadOnlyList<string> Pages { get; }

    /// <summary>Size of the pages as stored (raw bytes), what MB/s is measured against.</summary>
    public long Bytes { get; }

    private static CleanCorpus Load()
    {
        var folder = Environment.GetEnvironmentVariable("PIPELINE_CLEAN_PAGES") ?? Locate()
            ?? throw new DirectoryNotFoundException("clean-dev pages not found: set PIPELINE_CLEAN_PAGES or run from inside the repository next to shared/eval");
        var files = Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal).ToList();
        var pages = new List<string>(files.Count);
        long bytes = 0;
        foreach (var file in files)
        {
            var raw = File.ReadAllBytes(file);
            bytes += raw.Length;
            pages.Add(TextDecoder.Decode(raw).Text);
        }
        return new CleanCorpus(pages, bytes);
    }

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", "clean-dev", "pages");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
