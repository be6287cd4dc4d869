using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Pipeline.Storage.Sqlite;

public sealed partial class SqliteDocumentStore
{
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

    private static async Task<FileStream> SpoolAsync(Stream content, CancellationToken cancellationToken)
    {
        var spool = new FileStream(System.IO.Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await content.CopyToAsync(spool, cancellationToken);
        spool.Position = 0;
        return spool;
    }

}
