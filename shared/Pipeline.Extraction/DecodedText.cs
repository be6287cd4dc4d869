using System.Text;

namespace Pipeline.Extraction;

/// <summary>
/// Decodes a seekable stream into one string without holding a second copy: a first pass counts
/// the characters, a second decodes straight into the string's own memory. Decoding is several
/// times faster than the parsing that follows, so the extra pass costs little; the copy it saves
/// (a StringBuilder's chunks next to the final string) would double peak memory on large inputs.
/// </summary>
internal static class DecodedText
{
    /// <summary>The whole text from <paramref name="start"/> to the end of the stream.</summary>
    public static string Read(Stream stream, long start, Encoding encoding) => Build(stream, start, encoding, normalize: false);

    /// <summary>The text with its lines normalized as <see cref="LineNormalizer"/> does.</summary>
    public static string ReadNormalized(Stream stream, long start, Encoding encoding) => Build(stream, start, encoding, normalize: true);

    private static string Build(Stream stream, long start, Encoding encoding, bool normalize)
    {
        var length = 0L;
        var counter = new LineNormalizer();
        using (var chunks = new ChunkDecoder(stream, start, encoding))
        {
            while (chunks.Next(out var chunk))
                length += normalize ? counter.Write(chunk.Span, Span<char>.Empty, countOnly: true) : chunk.Length;
        }
        if (length > Array.MaxLength)
            throw new ExtractionException(ExtractionErrorCodes.TooLarge, $"The text has {length:N0} characters, more than one string holds.");

        return string.Create((int)length, (stream, start, encoding, normalize), static (destination, state) =>
        {
            var written = 0;
            var normalizer = new LineNormalizer();
            using var chunks = new ChunkDecoder(state.stream, state.start, state.encoding);
            while (chunks.Next(out var chunk))
            {
                if (state.normalize) written += normalizer.Write(chunk.Span, destination[written..], countOnly: false);
                else
                {
                    chunk.Span.CopyTo(destination[written..]);
                    written += chunk.Length;
                }
            }
        });
    }
}
