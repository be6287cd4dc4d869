namespace Pipeline.Storage;

/// <summary>The version as stored, and whether this call stored it (false: it was already there).</summary>
public sealed record AppendResult(DocumentVersion Version, bool Created);
