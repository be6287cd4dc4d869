using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Pipeline.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file, no server. Several processes on one machine may share the
/// file (WAL journal, busy timeout); appends run in an immediate transaction, so version numbers
/// never collide.
/// </summary>
public sealed class SqliteDocumentStore(string path) : IDocumentStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public string Path { get; } = path;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, SqliteSchema.Create, cancellationToken);
    }

    public async Task<BlobInfo> SaveBlobAsync(string id, Stream content, string? fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        var existing = await GetBlobInfoAsync(id, cancellationToken);
        if (existing is not null) return existing;

        // SQLite writes a blob in place once its size is known; an unseekable stream is spooled first.
        await using var spooled = content.CanSeek ? null : await SpoolAsync(content, cancellationToken);
        var source = spooled ?? content;
        var length = source.Length - source.Position;

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO blobs (id, length, file_name, content_type, created_at, data)
            VALUES ($id, $length, $fileName, $contentType, $createdAt, zeroblob($length))
            ON CONFLICT (id) DO NOTHING RETURNING rowid
            """;
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$length", length);
        insert.Parameters.AddWithValue("$fileName", (object?)fileName ?? DBNull.Value);
        insert.Parameters.AddWithValue("$contentType", (object?)contentType ?? DBNull.Value);
        insert.Parameters.AddWithValue("$createdAt", Format(DateTimeOffset.UtcNow));
        var rowId = await insert.ExecuteScalarAsync(cancellationToken);
        if (rowId is long row)
        {
            await using var blob = new SqliteBlob(connection, "blobs", "data", row);
            await source.CopyToAsync(blob, 81920, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new BlobInfo(id, length, fileName, contentType);
    }

    public async Task<BlobInfo?> GetBlobInfoAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT length, file_name, content_type FROM blobs WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new BlobInfo(id, reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    public async Task<Stream?> OpenBlobAsync(string id, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid FROM blobs WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            if (await command.ExecuteScalarAsync(cancellationToken) is not long row)
            {
                await connection.DisposeAsync();
                return null;
            }
            return new ConnectionOwningStream(new SqliteBlob(connection, "blobs", "data", row, readOnly: true), connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<AppendResult> AppendVersionAsync(DocumentVersion draft, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        var existing = await QueryVersionsAsync(connection, "document_id = $doc AND key = $key", cancellationToken, ("$doc", draft.DocumentId), ("$key", draft.Key));
        if (existing.Count > 0) return new AppendResult(existing[0], Created: false);

        await using var max = connection.CreateCommand();
        max.CommandText = "SELECT COALESCE(MAX(version), 0) FROM versions WHERE document_id = $doc";
        max.Parameters.AddWithValue("$doc", draft.DocumentId);
        var next = Convert.ToInt32(await max.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) + 1;

        var stored = draft with { Version = next, CreatedAt = draft.CreatedAt == default ? DateTimeOffset.UtcNow : draft.CreatedAt };
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO versions (document_id, version, key, stage, created_at, body)
                VALUES ($doc, $version, $key, $stage, $createdAt, $body)
                """;
            insert.Parameters.AddWithValue("$doc", stored.DocumentId);
            insert.Parameters.AddWithValue("$version", stored.Version);
            insert.Parameters.AddWithValue("$key", stored.Key);
            insert.Parameters.AddWithValue("$stage", stored.Stage);
            insert.Parameters.AddWithValue("$createdAt", Format(stored.CreatedAt));
            insert.Parameters.AddWithValue("$body", JsonSerializer.Serialize(stored, StoreJson.Options));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var head = connection.CreateCommand())
        {
            head.CommandText = """
                INSERT INTO documents (id, source, file_name, title, latest_version, created_at, updated_at)
                VALUES ($id, $source, $fileName, $title, $version, $at, $at)
                ON CONFLICT (id) DO UPDATE SET
                    latest_version = MAX(latest_version, excluded.latest_version),
                    title = COALESCE(excluded.title, title),
                    source = COALESCE(source, excluded.source),
                    file_name = COALESCE(file_name, excluded.file_name),
                    updated_at = excluded.updated_at
                """;
            head.Parameters.AddWithValue("$id", stored.DocumentId);
            head.Parameters.AddWithValue("$source", (object?)stored.Source ?? DBNull.Value);
            head.Parameters.AddWithValue("$fileName", (object?)stored.FileName ?? DBNull.Value);
            head.Parameters.AddWithValue("$title", (object?)stored.Title ?? DBNull.Value);
            head.Parameters.AddWithValue("$version", stored.Version);
            head.Parameters.AddWithValue("$at", Format(stored.CreatedAt));
            await head.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new AppendResult(stored, Created: true);
    }

    public async Task<DocumentVersion?> GetVersionAsync(string documentId, int version, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var found = await QueryVersionsAsync(connection, "document_id = $doc AND version = $version", cancellationToken, ("$doc", documentId), ("$version", version));
        return found.FirstOrDefault();
    }

    public async Task<DocumentVersion?> GetLatestVersionAsync(string documentId, string? stage = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var found = stage is null
            ? await QueryVersionsAsync(connection, "document_id = $doc ORDER BY version DESC LIMIT 1", cancellationToken, ("$doc", documentId))
            : await QueryVersionsAsync(connection, "document_id = $doc AND stage = $stage ORDER BY version DESC LIMIT 1", cancellationToken, ("$doc", documentId), ("$stage", stage));
        return found.FirstOrDefault();
    }

    public async Task<IReadOnlyList<DocumentVersion>> GetVersionsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await QueryVersionsAsync(connection, "document_id = $doc ORDER BY version", cancellationToken, ("$doc", documentId));
    }

    public async Task<bool> RecordPublishedEventAsync(PublishedEvent published, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO events (document_id, version, event, message_id, at) VALUES ($doc, $version, $event, $messageId, $at)
            ON CONFLICT DO NOTHING
            """;
        command.Parameters.AddWithValue("$doc", published.DocumentId);
        command.Parameters.AddWithValue("$version", published.Version);
        command.Parameters.AddWithValue("$event", published.EventName);
        command.Parameters.AddWithValue("$messageId", published.MessageId.ToString());
        command.Parameters.AddWithValue("$at", Format(published.At));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> IsEventPublishedAsync(string documentId, int version, string eventName, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM events WHERE document_id = $doc AND version = $version AND event = $event";
        command.Parameters.AddWithValue("$doc", documentId);
        command.Parameters.AddWithValue("$version", version);
        command.Parameters.AddWithValue("$event", eventName);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<IReadOnlyList<PublishedEvent>> GetPublishedEventsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, event, message_id, at FROM events WHERE document_id = $doc ORDER BY at, version";
        command.Parameters.AddWithValue("$doc", documentId);
        var events = new List<PublishedEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            events.Add(new PublishedEvent(documentId, reader.GetInt32(0), reader.GetString(1), Guid.Parse(reader.GetString(2)), Parse(reader.GetString(3))));
        return events;
    }

    public async Task<DocumentRecord?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var found = await QueryDocumentsAsync(connection, "WHERE id = $id", cancellationToken, ("$id", documentId));
        return found.FirstOrDefault();
    }

    public async Task<IReadOnlyList<DocumentRecord>> ListDocumentsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await QueryDocumentsAsync(connection, "ORDER BY updated_at DESC, id LIMIT $limit", cancellationToken, ("$limit", limit));
    }

    public async Task<bool> RecordFailureAsync(FailureRecord failure, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO failures (id, document_id, at, body) VALUES ($id, $doc, $at, $body) ON CONFLICT (id) DO NOTHING";
        command.Parameters.AddWithValue("$id", failure.Id);
        command.Parameters.AddWithValue("$doc", (object?)failure.DocumentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", Format(failure.At));
        command.Parameters.AddWithValue("$body", JsonSerializer.Serialize(failure, StoreJson.Options));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<FailureRecord>> ListFailuresAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM failures ORDER BY at DESC, id LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadFailuresAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<FailureRecord>> GetFailuresAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body FROM failures WHERE document_id = $doc ORDER BY at DESC, id";
        command.Parameters.AddWithValue("$doc", documentId);
        return await ReadFailuresAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<FailureRecord>> ReadFailuresAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var failures = new List<FailureRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            failures.Add(JsonSerializer.Deserialize<FailureRecord>(reader.GetString(0), StoreJson.Options)!);
        return failures;
    }

    public async Task<FingerprintRecord> SaveFingerprintAsync(FingerprintRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO fingerprints (document_id, version, fingerprint, cluster_id, duplicate_of, distance, created_at)
                VALUES ($doc, $version, $fingerprint, $cluster, $duplicateOf, $distance, $at)
                ON CONFLICT (document_id, version) DO NOTHING
                """;
            insert.Parameters.AddWithValue("$doc", record.DocumentId);
            insert.Parameters.AddWithValue("$version", record.Version);
            insert.Parameters.AddWithValue("$fingerprint", unchecked((long)record.Fingerprint));
            insert.Parameters.AddWithValue("$cluster", record.ClusterId);
            insert.Parameters.AddWithValue("$duplicateOf", (object?)record.DuplicateOf ?? DBNull.Value);
            insert.Parameters.AddWithValue("$distance", record.Distance);
            insert.Parameters.AddWithValue("$at", Format(DateTimeOffset.UtcNow));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        var stored = await QueryFingerprintsAsync(connection, "document_id = $doc AND version = $version", cancellationToken,
            ("$doc", record.DocumentId), ("$version", record.Version));
        return stored[0];
    }

    public async Task<IReadOnlyList<FingerprintRecord>> GetFingerprintsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await QueryFingerprintsAsync(connection, "sequence > $after ORDER BY sequence LIMIT $limit", cancellationToken,
            ("$after", afterSequence), ("$limit", limit));
    }

    private static async Task<IReadOnlyList<FingerprintRecord>> QueryFingerprintsAsync(SqliteConnection connection, string where,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT sequence, document_id, version, fingerprint, cluster_id, duplicate_of, distance, created_at FROM fingerprints WHERE {where}";
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var records = new List<FingerprintRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new FingerprintRecord
            {
                Sequence = reader.GetInt64(0),
                DocumentId = reader.GetString(1),
                Version = reader.GetInt32(2),
                Fingerprint = unchecked((ulong)reader.GetInt64(3)),
                ClusterId = reader.GetString(4),
                DuplicateOf = reader.IsDBNull(5) ? null : reader.GetString(5),
                Distance = reader.GetInt32(6),
                CreatedAt = Parse(reader.GetString(7)),
            });
        }
        return records;
    }

    public async Task<SourceProfileRecord?> GetSourceProfileAsync(string source, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body, revision, updated_at FROM source_profiles WHERE source = $source";
        command.Parameters.AddWithValue("$source", source);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new SourceProfileRecord(source, reader.GetString(0), reader.GetInt64(1), Parse(reader.GetString(2)))
            : null;
    }

    public async Task<bool> SaveSourceProfileAsync(string source, string json, long expectedRevision, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = expectedRevision == 0
            ? "INSERT INTO source_profiles (source, revision, updated_at, body) VALUES ($source, 1, $at, $body) ON CONFLICT (source) DO NOTHING"
            : "UPDATE source_profiles SET revision = revision + 1, updated_at = $at, body = $body WHERE source = $source AND revision = $expected";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$expected", expectedRevision);
        command.Parameters.AddWithValue("$at", Format(DateTimeOffset.UtcNow));
        command.Parameters.AddWithValue("$body", json);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;", cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<DocumentVersion>> QueryVersionsAsync(SqliteConnection connection, string where,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT body FROM versions WHERE {where}";
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var versions = new List<DocumentVersion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(JsonSerializer.Deserialize<DocumentVersion>(reader.GetString(0), StoreJson.Options)!);
        }
        return versions;
    }

    private static async Task<IReadOnlyList<DocumentRecord>> QueryDocumentsAsync(SqliteConnection connection, string tail,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, source, file_name, title, latest_version, created_at, updated_at FROM documents {tail}";
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var documents = new List<DocumentRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(new DocumentRecord
            {
                Id = reader.GetString(0),
                Source = reader.IsDBNull(1) ? null : reader.GetString(1),
                FileName = reader.IsDBNull(2) ? null : reader.GetString(2),
                Title = reader.IsDBNull(3) ? null : reader.GetString(3),
                LatestVersion = reader.GetInt32(4),
                CreatedAt = Parse(reader.GetString(5)),
                UpdatedAt = Parse(reader.GetString(6)),
            });
        }
        return documents;
    }

    private static async Task<FileStream> SpoolAsync(Stream content, CancellationToken cancellationToken)
    {
        var spool = new FileStream(System.IO.Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await content.CopyToAsync(spool, cancellationToken);
        spool.Position = 0;
        return spool;
    }

    // Round-trip format with a fixed width keeps text ordering equal to time ordering.
    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
