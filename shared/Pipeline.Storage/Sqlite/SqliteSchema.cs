namespace Pipeline.Storage.Sqlite;

internal static class SqliteSchema
{
    /// <summary>Columns added after the first release, for store files created before them.</summary>
    public static readonly (string Table, string Column, string Type)[] AddedColumns =
    [
        ("versions", "text", "BLOB"),
        ("versions", "text_chars", "INTEGER"),
        ("versions", "markup", "BLOB"),
        ("versions", "markup_chars", "INTEGER"),
    ];

    // Versions keep their record as JSON in `body`, their text and markup as UTF-8 blobs (with their
    // length in characters, so reading back allocates the string once); other columns serve queries.
    public const string Create = """
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            source TEXT,
            file_name TEXT,
            title TEXT,
            latest_version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_documents_updated ON documents (updated_at DESC);
        CREATE TABLE IF NOT EXISTS versions (
            document_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            key TEXT NOT NULL,
            stage TEXT NOT NULL,
            created_at TEXT NOT NULL,
            body TEXT NOT NULL,
            text BLOB,
            text_chars INTEGER,
            markup BLOB,
            markup_chars INTEGER,
            PRIMARY KEY (document_id, version),
            UNIQUE (document_id, key));
        CREATE TABLE IF NOT EXISTS events (
            document_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            event TEXT NOT NULL,
            message_id TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (document_id, version, event));
        CREATE TABLE IF NOT EXISTS blobs (
            id TEXT PRIMARY KEY,
            length INTEGER NOT NULL,
            file_name TEXT,
            content_type TEXT,
            created_at TEXT NOT NULL,
            data BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS fingerprints (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            fingerprint INTEGER NOT NULL,
            cluster_id TEXT NOT NULL,
            duplicate_of TEXT,
            distance INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (document_id, version));
        CREATE TABLE IF NOT EXISTS source_profiles (
            source TEXT PRIMARY KEY,
            revision INTEGER NOT NULL,
            updated_at TEXT NOT NULL,
            body TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS failures (
            id TEXT PRIMARY KEY,
            document_id TEXT,
            at TEXT NOT NULL,
            body TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_failures_at ON failures (at DESC);
        CREATE INDEX IF NOT EXISTS ix_failures_document ON failures (document_id, at DESC);
        """;
}
