namespace Pipeline.Storage;

/// <summary>
/// What clean has learnt about one source (a site or feed), kept as the cleaner's own JSON.
/// <see cref="Revision"/> guards concurrent writers: a save names the revision it read.
/// </summary>
public sealed record SourceProfileRecord(string Source, string Json, long Revision, DateTimeOffset UpdatedAt);
