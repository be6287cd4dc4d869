using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Pipeline.Storage.Sqlite;

public sealed partial class SqliteDocumentStore
{
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
}
