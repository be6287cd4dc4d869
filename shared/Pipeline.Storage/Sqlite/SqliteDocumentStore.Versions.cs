using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Pipeline.Storage.Sqlite;

public sealed partial class SqliteDocumentStore
{
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
        await InsertVersionAsync(connection, stored, cancellationToken);
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

    /// <summary>
    /// The record goes in as JSON; its text and markup, which may be a hundred megabytes, go into blob
    /// columns of their exact UTF-8 size and are streamed in chunk by chunk.
    /// </summary>
    private static async Task InsertVersionAsync(SqliteConnection connection, DocumentVersion stored, CancellationToken cancellationToken)
    {
        long row;
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO versions (document_id, version, key, stage, created_at, body, text, text_chars, markup, markup_chars)
                VALUES ($doc, $version, $key, $stage, $createdAt, $body, zeroblob($textBytes), $textChars,
                        CASE WHEN $markupChars IS NULL THEN NULL ELSE zeroblob($markupBytes) END, $markupChars)
                RETURNING rowid
                """;
            insert.Parameters.AddWithValue("$doc", stored.DocumentId);
            insert.Parameters.AddWithValue("$version", stored.Version);
            insert.Parameters.AddWithValue("$key", stored.Key);
            insert.Parameters.AddWithValue("$stage", stored.Stage);
            insert.Parameters.AddWithValue("$createdAt", Format(stored.CreatedAt));
            insert.Parameters.AddWithValue("$body", JsonSerializer.Serialize(stored with { Text = string.Empty, Markup = null }, StoreJson.Options));
            insert.Parameters.AddWithValue("$textBytes", Utf8Text.ByteCount(stored.Text));
            insert.Parameters.AddWithValue("$textChars", stored.Text.Length);
            insert.Parameters.AddWithValue("$markupBytes", stored.Markup is null ? 0 : Utf8Text.ByteCount(stored.Markup));
            insert.Parameters.AddWithValue("$markupChars", (object?)stored.Markup?.Length ?? DBNull.Value);
            row = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }
        await using (var text = new SqliteBlob(connection, "versions", "text", row))
            Utf8Text.Write(stored.Text, text);
        if (stored.Markup is not null)
        {
            await using var markup = new SqliteBlob(connection, "versions", "markup", row);
            Utf8Text.Write(stored.Markup, markup);
        }
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

    private static string ReadText(SqliteConnection connection, long row, string column, int chars)
    {
        using var blob = new SqliteBlob(connection, "versions", column, row, readOnly: true);
        return Utf8Text.Read(blob, chars);
    }

    private static async Task<IReadOnlyList<DocumentVersion>> QueryVersionsAsync(SqliteConnection connection, string where,
        CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var rows = new List<(long Row, DocumentVersion Record, int? TextChars, int? MarkupChars)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT rowid, body, text_chars, markup_chars FROM versions WHERE {where}";
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), JsonSerializer.Deserialize<DocumentVersion>(reader.GetString(1), StoreJson.Options)!,
                    reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt32(3)));
            }
        }
        // Rows written before the text columns existed keep their text inside the JSON record.
        return rows.Select(r => r.Record with
        {
            Text = r.TextChars is { } textChars ? ReadText(connection, r.Row, "text", textChars) : r.Record.Text,
            Markup = r.MarkupChars is { } markupChars ? ReadText(connection, r.Row, "markup", markupChars) : r.Record.Markup,
        }).ToList();
    }
}
