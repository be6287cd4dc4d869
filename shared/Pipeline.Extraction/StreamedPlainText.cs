using System.Buffers;
using System.Text;

namespace Pipeline.Extraction;

/// <summary>
/// Plain text too large to hold, decoded and normalized chunk by chunk into a sink: the same
/// characters <see cref="DecodedText.ReadNormalized"/> puts in its string, since both feed one
/// <see cref="LineNormalizer"/> the same decoded chunks, one writing them out, the other copying them.
/// </summary>
internal static class StreamedPlainText
{
    /// <param name="skipCharacters">Decoded characters dropped before normalizing, e.g. a Markdown front matter block.</param>
    public static void Write(Stream stream, long start, Encoding encoding, Utf8TextSink sink, long skipCharacters = 0, int chunkBytes = ChunkDecoder.DefaultChunkBytes)
    {
        var normalizer = new LineNormalizer();
        var output = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(chunkBytes) + 64);
        try
        {
            using var chunks = new ChunkDecoder(stream, start, encoding, chunkBytes);
            while (chunks.Next(out var memory))
            {
                var chunk = memory.Span;
                if (skipCharacters > 0)
                {
                    var skipped = (int)Math.Min(skipCharacters, chunk.Length);
                    chunk = chunk[skipped..];
                    skipCharacters -= skipped;
                }
                // Held white space comes out ahead of the next text, so the output can outgrow the chunk.
                var needed = chunk.Length + normalizer.HeldCharacters + 2;
                if (needed > output.Length)
                {
                    ArrayPool<char>.Shared.Return(output);
                    output = ArrayPool<char>.Shared.Rent(needed);
                }
                var written = normalizer.Write(chunk, output, countOnly: false);
                sink.Write(output.AsSpan(0, written));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(output);
        }
    }
}
