using MongoDB.Driver;

namespace Pipeline.Storage.Mongo;

/// <summary>
/// Every filter, sort, update and index the store uses, in one place so tests can render them
/// without a server.
/// </summary>
internal static class MongoQueries
{
    private static FilterDefinitionBuilder<VersionDocument> Versions => Builders<VersionDocument>.Filter;

    public static FilterDefinition<VersionDocument> VersionByKey(string documentId, string key) =>
        Versions.Eq(v => v.DocumentId, documentId) & Versions.Eq(v => v.Key, key);

    public static FilterDefinition<VersionDocument> VersionsOf(string documentId, string? stage = null) =>
        stage is null ? Versions.Eq(v => v.DocumentId, documentId)
            : Versions.Eq(v => v.DocumentId, documentId) & Versions.Eq(v => v.Stage, stage);

    public static FilterDefinition<VersionDocument> VersionById(string documentId, int version) =>
        Versions.Eq(v => v.Id, VersionDocument.IdOf(documentId, version));

    public static FilterDefinition<EventDocument> EventsOf(string documentId) =>
        Builders<EventDocument>.Filter.Eq(e => e.DocumentId, documentId);

    public static FilterDefinition<EventDocument> EventById(string documentId, int version, string eventName) =>
        Builders<EventDocument>.Filter.Eq(e => e.Id, EventDocument.IdOf(documentId, version, eventName));

    public static readonly SortDefinition<EventDocument> EventsInOrder =
        Builders<EventDocument>.Sort.Ascending(e => e.At).Ascending(e => e.Version);

    public static readonly SortDefinition<VersionDocument> NewestFirst = Builders<VersionDocument>.Sort.Descending(v => v.Version);
    public static readonly SortDefinition<VersionDocument> OldestFirst = Builders<VersionDocument>.Sort.Ascending(v => v.Version);

    /// <summary>Creates the head on the first version, and only ever moves <c>latestVersion</c> forward.</summary>
    public static UpdateDefinition<DocumentHeadDocument> AdvanceHead(VersionDocument version)
    {
        var update = Builders<DocumentHeadDocument>.Update;
        var updates = new List<UpdateDefinition<DocumentHeadDocument>>
        {
            update.Max(d => d.LatestVersion, version.Version),
            update.Max(d => d.UpdatedAt, version.CreatedAt),
            update.SetOnInsert(d => d.CreatedAt, version.CreatedAt),
        };
        if (version.Source is not null) updates.Add(update.SetOnInsert(d => d.Source, version.Source));
        if (version.FileName is not null) updates.Add(update.SetOnInsert(d => d.FileName, version.FileName));
        if (version.Title is not null) updates.Add(update.Set(d => d.Title, version.Title));
        return update.Combine(updates);
    }

    /// <summary>The profile as the writer read it; a save matching nothing means someone saved in between.</summary>
    public static FilterDefinition<SourceProfileDocument> ProfileAtRevision(string source, long revision) =>
        Builders<SourceProfileDocument>.Filter.Eq(p => p.Id, source) & Builders<SourceProfileDocument>.Filter.Eq(p => p.Revision, revision);

    public static UpdateDefinition<SourceProfileDocument> NextProfileRevision(string json, DateTime at) =>
        Builders<SourceProfileDocument>.Update.Inc(p => p.Revision, 1).Set(p => p.Json, json).Set(p => p.UpdatedAt, at);

    public static readonly SortDefinition<DocumentHeadDocument> RecentlyUpdated =
        Builders<DocumentHeadDocument>.Sort.Descending(d => d.UpdatedAt).Ascending(d => d.Id);

    /// <summary>One document's failures; served by the <c>documentId</c> index.</summary>
    public static FilterDefinition<FailureDocument> FailuresOf(string documentId) =>
        Builders<FailureDocument>.Filter.Eq(f => f.DocumentId, documentId);

    public static readonly SortDefinition<FailureDocument> NewestFailures =
        Builders<FailureDocument>.Sort.Descending(f => f.At).Ascending(f => f.Id);

    public static IReadOnlyList<CreateIndexModel<VersionDocument>> VersionIndexes { get; } =
    [
        new(Builders<VersionDocument>.IndexKeys.Ascending(v => v.DocumentId).Ascending(v => v.Version),
            new CreateIndexOptions { Name = "documentId_version", Unique = true }),
        new(Builders<VersionDocument>.IndexKeys.Ascending(v => v.DocumentId).Ascending(v => v.Key),
            new CreateIndexOptions { Name = "documentId_key", Unique = true }),
        new(Builders<VersionDocument>.IndexKeys.Ascending(v => v.DocumentId).Ascending(v => v.Stage).Descending(v => v.Version),
            new CreateIndexOptions { Name = "documentId_stage_version" }),
    ];

    public static IReadOnlyList<CreateIndexModel<DocumentHeadDocument>> DocumentIndexes { get; } =
    [
        new(Builders<DocumentHeadDocument>.IndexKeys.Descending(d => d.UpdatedAt), new CreateIndexOptions { Name = "updatedAt" }),
    ];

    public static IReadOnlyList<CreateIndexModel<EventDocument>> EventIndexes { get; } =
    [
        new(Builders<EventDocument>.IndexKeys.Ascending(e => e.DocumentId).Ascending(e => e.At), new CreateIndexOptions { Name = "documentId_at" }),
    ];

    public static FilterDefinition<FingerprintDocument> FingerprintsAfter(long sequence) =>
        Builders<FingerprintDocument>.Filter.Gt(f => f.Sequence, sequence);

    public static readonly SortDefinition<FingerprintDocument> FingerprintsInOrder = Builders<FingerprintDocument>.Sort.Ascending(f => f.Sequence);

    /// <summary>Takes the next number of a counter, creating the counter at 1.</summary>
    public static UpdateDefinition<CounterDocument> NextValue { get; } = Builders<CounterDocument>.Update.Inc(c => c.Value, 1);

    public static IReadOnlyList<CreateIndexModel<FingerprintDocument>> FingerprintIndexes { get; } =
    [
        new(Builders<FingerprintDocument>.IndexKeys.Ascending(f => f.Sequence), new CreateIndexOptions { Name = "sequence" }),
    ];

    public static IReadOnlyList<CreateIndexModel<FailureDocument>> FailureIndexes { get; } =
    [
        new(Builders<FailureDocument>.IndexKeys.Descending(f => f.At), new CreateIndexOptions { Name = "at" }),
        new(Builders<FailureDocument>.IndexKeys.Ascending(f => f.DocumentId), new CreateIndexOptions { Name = "documentId" }),
    ];
}
