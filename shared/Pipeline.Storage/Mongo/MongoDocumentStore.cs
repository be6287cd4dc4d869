using System.Text;
using MongoDB.Driver;
using MongoDB.Driver.GridFS;

namespace Pipeline.Storage.Mongo;

/// <summary>
/// The MongoDB store: collections <c>documents</c> (heads), <c>versions</c> and <c>failures</c>,
/// original bytes in the GridFS bucket <c>originals</c>, oversized texts in the bucket <c>texts</c>.
/// No transactions: every write is a single idempotent operation guarded by a unique index.
/// </summary>
public sealed class MongoDocumentStore : IDocumentStore
{
    private const int MaxAppendAttempts = 20;
    private readonly IMongoCollection<VersionDocument> _versions;
    private readonly IMongoCollection<DocumentHeadDocument> _documents;
    private readonly IMongoCollection<FailureDocument> _failures;
    private readonly IMongoCollection<EventDocument> _events;
    private readonly IMongoCollection<SourceProfileDocument> _profiles;
    private readonly IMongoCollection<FingerprintDocument> _fingerprints;
    private readonly IMongoCollection<CounterDocument> _counters;
    private readonly GridFSBucket<string> _originals;
    private readonly GridFSBucket<string> _texts;
    private readonly int _inlineTextLimit;

    /// <param name="inlineTextLimit">Texts above this many UTF-8 bytes go to GridFS (documents stop at 16 MB).</param>
    public MongoDocumentStore(IMongoDatabase database, int inlineTextLimit = 4 * 1024 * 1024)
    {
        MongoMappings.Register();
        _versions = database.GetCollection<VersionDocument>("versions");
        _documents = database.GetCollection<DocumentHeadDocument>("documents");
        _failures = database.GetCollection<FailureDocument>("failures");
        _events = database.GetCollection<EventDocument>("events");
        _profiles = database.GetCollection<SourceProfileDocument>("sourceProfiles");
        _fingerprints = database.GetCollection<FingerprintDocument>("fingerprints");
        _counters = database.GetCollection<CounterDocument>("counters");
        _originals = new GridFSBucket<string>(database, new GridFSBucketOptions { BucketName = "originals" });
        _texts = new GridFSBucket<string>(database, new GridFSBucketOptions { BucketName = "texts" });
        _inlineTextLimit = inlineTextLimit;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _versions.Indexes.CreateManyAsync(MongoQueries.VersionIndexes, cancellationToken);
        await _documents.Indexes.CreateManyAsync(MongoQueries.DocumentIndexes, cancellationToken);
        await _failures.Indexes.CreateManyAsync(MongoQueries.FailureIndexes, cancellationToken);
        await _events.Indexes.CreateManyAsync(MongoQueries.EventIndexes, cancellationToken);
        await _fingerprints.Indexes.CreateManyAsync(MongoQueries.FingerprintIndexes, cancellationToken);
    }

    public async Task<BlobInfo> SaveBlobAsync(string id, Stream content, string? fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        var existing = await GetBlobInfoAsync(id, cancellationToken);
        if (existing is not null) return existing;
        var options = new GridFSUploadOptions
        {
            Metadata = new MongoDB.Bson.BsonDocument { { "contentType", (MongoDB.Bson.BsonValue?)contentType ?? MongoDB.Bson.BsonNull.Value } },
        };
        try
        {
            await _originals.UploadFromStreamAsync(id, fileName ?? id, content, options, cancellationToken);
        }
        catch (MongoWriteException e) when (e.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            // Another copy of the same bytes won the race; content-addressed, so theirs is ours.
        }
        catch (MongoBulkWriteException e) when (e.WriteErrors.Any(w => w.Category == ServerErrorCategory.DuplicateKey))
        {
        }
        return await GetBlobInfoAsync(id, cancellationToken)
            ?? throw new InvalidOperationException($"Blob {id} was written but cannot be found.");
    }

    public async Task<BlobInfo?> GetBlobInfoAsync(string id, CancellationToken cancellationToken = default)
    {
        var filter = Builders<GridFSFileInfo<string>>.Filter.Eq(f => f.Id, id);
        using var cursor = await _originals.FindAsync(filter, cancellationToken: cancellationToken);
        var file = await cursor.FirstOrDefaultAsync(cancellationToken);
        if (file is null) return null;
        var contentType = file.Metadata?.GetValue("contentType", MongoDB.Bson.BsonNull.Value);
        return new BlobInfo(id, file.Length, file.Filename, contentType is null || contentType.IsBsonNull ? null : contentType.AsString);
    }

    public async Task<Stream?> OpenBlobAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _originals.OpenDownloadStreamAsync(id, new GridFSDownloadOptions { Seekable = true }, cancellationToken);
        }
        catch (GridFSFileNotFoundException)
        {
            return null;
        }
    }

    public async Task<AppendResult> AppendVersionAsync(DocumentVersion draft, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < MaxAppendAttempts; attempt++)
        {
            var existing = await FindOneAsync(MongoQueries.VersionByKey(draft.DocumentId, draft.Key), null, cancellationToken);
            if (existing is not null) return new AppendResult(existing, Created: false);

            var latest = await _versions.Find(MongoQueries.VersionsOf(draft.DocumentId)).Sort(MongoQueries.NewestFirst)
                .Project(v => v.Version).FirstOrDefaultAsync(cancellationToken);
            var stored = draft with
            {
                Version = latest + 1,
                CreatedAt = draft.CreatedAt == default ? DateTimeOffset.UtcNow : draft.CreatedAt,
            };
            var document = await OffloadLargeTextAsync(MongoRecordMapper.ToDocument(stored), cancellationToken);
            try
            {
                await _versions.InsertOneAsync(document, cancellationToken: cancellationToken);
            }
            catch (MongoWriteException e) when (e.WriteError.Category == ServerErrorCategory.DuplicateKey)
            {
                continue; // Someone else took this number or this key; look again.
            }
            await _documents.UpdateOneAsync(Builders<DocumentHeadDocument>.Filter.Eq(d => d.Id, stored.DocumentId),
                MongoQueries.AdvanceHead(document), new UpdateOptions { IsUpsert = true }, cancellationToken);
            return new AppendResult(stored, Created: true);
        }
        throw new InvalidOperationException($"Could not append a version to {draft.DocumentId} after {MaxAppendAttempts} attempts.");
    }

    public Task<DocumentVersion?> GetVersionAsync(string documentId, int version, CancellationToken cancellationToken = default) =>
        FindOneAsync(MongoQueries.VersionById(documentId, version), null, cancellationToken);

    public Task<DocumentVersion?> GetLatestVersionAsync(string documentId, string? stage = null, CancellationToken cancellationToken = default) =>
        FindOneAsync(MongoQueries.VersionsOf(documentId, stage), MongoQueries.NewestFirst, cancellationToken);

    public async Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var documents = await _versions.Find(MongoQueries.VersionsOf(documentId)).Sort(MongoQueries.OldestFirst).ToListAsync(cancellationToken);
        var versions = new List<DocumentVersion>(documents.Count);
        foreach (var document in documents) versions.Add(await LoadAsync(document, cancellationToken));
        return versions;
    }

    public async Task<bool> RecordPublishedEventAsync(PublishedEvent published, CancellationToken cancellationToken = default)
    {
        try
        {
            await _events.InsertOneAsync(MongoRecordMapper.ToDocument(published), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException e) when (e.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            return false;
        }
    }

    public async Task<bool> IsEventPublishedAsync(string documentId, int version, string eventName, CancellationToken cancellationToken = default) =>
        await _events.Find(MongoQueries.EventById(documentId, version, eventName)).AnyAsync(cancellationToken);

    public async Task<IReadOnlyList<PublishedEvent>> GetPublishedEventsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var events = await _events.Find(MongoQueries.EventsOf(documentId)).Sort(MongoQueries.EventsInOrder).ToListAsync(cancellationToken);
        return events.Select(MongoRecordMapper.ToRecord).ToList();
    }

    public async Task<DocumentRecord?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var head = await _documents.Find(Builders<DocumentHeadDocument>.Filter.Eq(d => d.Id, documentId)).FirstOrDefaultAsync(cancellationToken);
        return head is null ? null : MongoRecordMapper.ToRecord(head);
    }

    public async Task<IReadOnlyList<DocumentRecord>> ListDocumentsAsync(int limit, CancellationToken cancellationToken = default)
    {
        var heads = await _documents.Find(Builders<DocumentHeadDocument>.Filter.Empty).Sort(MongoQueries.RecentlyUpdated).Limit(limit).ToListAsync(cancellationToken);
        return heads.Select(MongoRecordMapper.ToRecord).ToList();
    }

    public async Task<bool> RecordFailureAsync(FailureRecord failure, CancellationToken cancellationToken = default)
    {
        try
        {
            await _failures.InsertOneAsync(MongoRecordMapper.ToDocument(failure), cancellationToken: cancellationToken);
            return true;
        }
        catch (MongoWriteException e) when (e.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            return false; // Recorded already: a redelivered message failing the same way.
        }
    }

    public async Task<IReadOnlyList<FailureRecord>> ListFailuresAsync(int limit, CancellationToken cancellationToken = default)
    {
        var failures = await _failures.Find(Builders<FailureDocument>.Filter.Empty).Sort(MongoQueries.NewestFailures).Limit(limit).ToListAsync(cancellationToken);
        return failures.Select(MongoRecordMapper.ToRecord).ToList();
    }

    public async Task<IReadOnlyList<FailureRecord>> GetFailuresAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var failures = await _failures.Find(MongoQueries.FailuresOf(documentId)).Sort(MongoQueries.NewestFailures).ToListAsync(cancellationToken);
        return failures.Select(MongoRecordMapper.ToRecord).ToList();
    }

    public async Task<FingerprintRecord> SaveFingerprintAsync(FingerprintRecord record, CancellationToken cancellationToken = default)
    {
        var byId = Builders<FingerprintDocument>.Filter.Eq(f => f.Id, FingerprintDocument.IdOf(record.DocumentId, record.Version));
        var existing = await _fingerprints.Find(byId).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null) return MongoRecordMapper.ToRecord(existing);
        // A counter gives readers an order to catch up in; a number taken by a writer that then loses
        // the race below is simply never used.
        var counter = await _counters.FindOneAndUpdateAsync(Builders<CounterDocument>.Filter.Eq(c => c.Id, "fingerprints"), MongoQueries.NextValue,
            new FindOneAndUpdateOptions<CounterDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After }, cancellationToken);
        try
        {
            await _fingerprints.InsertOneAsync(MongoRecordMapper.ToDocument(record, counter.Value), cancellationToken: cancellationToken);
        }
        catch (MongoWriteException e) when (e.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            // Another delivery of the same version saved first; its decision stands.
        }
        return MongoRecordMapper.ToRecord(await _fingerprints.Find(byId).FirstAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<FingerprintRecord>> GetFingerprintsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        var documents = await _fingerprints.Find(MongoQueries.FingerprintsAfter(afterSequence)).Sort(MongoQueries.FingerprintsInOrder)
            .Limit(limit).ToListAsync(cancellationToken);
        return documents.Select(MongoRecordMapper.ToRecord).ToList();
    }

    public async Task<SourceProfileRecord?> GetSourceProfileAsync(string source, CancellationToken cancellationToken = default)
    {
        var profile = await _profiles.Find(Builders<SourceProfileDocument>.Filter.Eq(p => p.Id, source)).FirstOrDefaultAsync(cancellationToken);
        return profile is null ? null
            : new SourceProfileRecord(profile.Id, profile.Json, profile.Revision, new DateTimeOffset(DateTime.SpecifyKind(profile.UpdatedAt, DateTimeKind.Utc)));
    }

    public async Task<bool> SaveSourceProfileAsync(string source, string json, long expectedRevision, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        if (expectedRevision == 0)
        {
            try
            {
                await _profiles.InsertOneAsync(new SourceProfileDocument { Id = source, Revision = 1, Json = json, UpdatedAt = now }, cancellationToken: cancellationToken);
                return true;
            }
            catch (MongoWriteException e) when (e.WriteError.Category == ServerErrorCategory.DuplicateKey)
            {
                return false;
            }
        }
        var result = await _profiles.UpdateOneAsync(MongoQueries.ProfileAtRevision(source, expectedRevision),
            MongoQueries.NextProfileRevision(json, now), cancellationToken: cancellationToken);
        return result.ModifiedCount == 1;
    }

    private async Task<DocumentVersion?> FindOneAsync(FilterDefinition<VersionDocument> filter, SortDefinition<VersionDocument>? sort, CancellationToken cancellationToken)
    {
        var find = _versions.Find(filter);
        if (sort is not null) find = find.Sort(sort);
        var document = await find.FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : await LoadAsync(document, cancellationToken);
    }

    private async Task<DocumentVersion> LoadAsync(VersionDocument document, CancellationToken cancellationToken)
    {
        var text = document.TextBlobId is null ? null : await DownloadTextAsync(document.TextBlobId, cancellationToken);
        var markup = document.MarkupBlobId is null ? null : await DownloadTextAsync(document.MarkupBlobId, cancellationToken);
        return MongoRecordMapper.ToRecord(document, text, markup);
    }

    /// <summary>Moves text or markup too large for a 16 MB document into GridFS, keyed so a retry reuses it.</summary>
    private async Task<VersionDocument> OffloadLargeTextAsync(VersionDocument document, CancellationToken cancellationToken)
    {
        if (document.Text is { } text && Encoding.UTF8.GetByteCount(text) > _inlineTextLimit)
        {
            document.TextBlobId = await UploadTextAsync($"{document.DocumentId}:{document.Key}:text", text, cancellationToken);
            document.Text = null;
        }
        if (document.Markup is { } markup && Encoding.UTF8.GetByteCount(markup) > _inlineTextLimit)
        {
            document.MarkupBlobId = await UploadTextAsync($"{document.DocumentId}:{document.Key}:markup", markup, cancellationToken);
            document.Markup = null;
        }
        return document;
    }

    /// <summary>Streams the text into GridFS chunk by chunk, noting its length in characters for the way back.</summary>
    private async Task<string> UploadTextAsync(string id, string text, CancellationToken cancellationToken)
    {
        if (await FindTextAsync(id, cancellationToken) is not null) return id;
        var options = new GridFSUploadOptions { Metadata = new MongoDB.Bson.BsonDocument("chars", text.Length) };
        await using var upload = await _texts.OpenUploadStreamAsync(id, id, options, cancellationToken);
        Utf8Text.Write(text, upload);
        await upload.CloseAsync(cancellationToken);
        return id;
    }

    private async Task<string> DownloadTextAsync(string id, CancellationToken cancellationToken)
    {
        var file = await FindTextAsync(id, cancellationToken) ?? throw new InvalidOperationException($"Text {id} is missing from GridFS.");
        await using var download = await _texts.OpenDownloadStreamAsync(id, cancellationToken: cancellationToken);
        return Utf8Text.Read(download, file.Metadata["chars"].ToInt32());
    }

    private async Task<GridFSFileInfo<string>?> FindTextAsync(string id, CancellationToken cancellationToken)
    {
        using var cursor = await _texts.FindAsync(Builders<GridFSFileInfo<string>>.Filter.Eq(f => f.Id, id), cancellationToken: cancellationToken);
        return await cursor.FirstOrDefaultAsync(cancellationToken);
    }
}
