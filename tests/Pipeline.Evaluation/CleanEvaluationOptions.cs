namespace Pipeline.Evaluation;

/// <summary>Arguments of clean-dev: --data DIR, --out DIR, --pages 0001,0002, --no-smartreader, --removed.</summary>
/// <param name="WriteRemoved">Also write OUT/ours/NNNN.removed.tsv: each removed block with its reason, to see what a rule takes on every page.</param>
internal sealed record CleanEvaluationOptions(string? Data, string Out, HashSet<string>? Pages, bool WithSmartReader, bool WriteRemoved)
{
    public static CleanEvaluationOptions Parse(string[] args)
    {
        var options = new CleanEvaluationOptions(null, Path.Combine("out", "clean-dev"), null, true, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--data" => options with { Data = args[++i] },
                "--out" => options with { Out = args[++i] },
                "--pages" => options with { Pages = args[++i].Split(',').ToHashSet(StringComparer.Ordinal) },
                "--no-smartreader" => options with { WithSmartReader = false },
                "--removed" => options with { WriteRemoved = true },
                _ => throw new ArgumentException($"clean-dev: unknown argument {args[i]}"),
            };
        }
        return options;
    }
}
