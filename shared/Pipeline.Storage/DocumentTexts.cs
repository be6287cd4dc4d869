namespace Pipeline.Storage;

/// <summary>A version's text, wherever it is kept: in the version itself, or in a blob when ingest streamed it.</summary>
public static class DocumentTexts
{
    /// <summary>
    /// The text of <paramref name="version"/> as one string. A streamed text is read from its blob
    /// straight into a string of its known length: one copy, no intermediate buffers.
    /// </summary>
    public static async Task<string> ReadTextAsync(this IDocumentStore store, DocumentVersion version, CancellationToken cancellationToken = default)
    {
        if (version.TextBlob is null) return version.Text;
        var characters = version.TextBlobCharacters
            ?? throw new InvalidDataException($"Version {version.Version} of {version.DocumentId} names text blob {version.TextBlob} without its length.");
        if (characters > Array.MaxLength)
            throw new InvalidDataException($"The text of version {version.Version} of {version.DocumentId} has {characters:N0} characters, more than one string holds.");
        await using var blob = await store.OpenBlobAsync(version.TextBlob, cancellationToken)
            ?? throw new InvalidDataException($"The text blob {version.TextBlob} of version {version.Version} of {version.DocumentId} is missing.");
        return Utf8Text.Read(blob, (int)characters);
    }

    /// <summary>The text's length in characters, without reading a streamed text.</summary>
    public static long TextLength(this DocumentVersion version) => version.TextBlobCharacters ?? version.Text.Length;
}
