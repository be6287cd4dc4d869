namespace Pipeline.Storage.VersionData;

/// <summary>What a clean version keeps in <see cref="DocumentVersion.Data"/>: every removed block and why.</summary>
public sealed record CleaningData
{
    public IReadOnlyList<RemovedBlockData> Removed { get; init; } = [];
}

public sealed record RemovedBlockData(string Text, string Reason);
