using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Pipeline.Storage.Sqlite;

public sealed partial class SqliteDocumentStore
{
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
}
