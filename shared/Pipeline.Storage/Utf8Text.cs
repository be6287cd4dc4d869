using System.Buffers;
using System.Text;

namespace Pipeline.Storage;

/// <summary>
/// Moves large texts between strings and byte streams in small chunks, so a 100 MB text costs one
/// string and a 64 KB buffer instead of whole UTF-8 and JSON copies.
/// </summary>
internal static class Utf8Text
{
    private const int CharsPerChunk = 16 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int ByteCount(string text) => Utf8.GetByteCount(text);

    public static void Write(string text, Stream destination)
    {
        var encoder = Utf8.GetEncoder();
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(CharsPerChunk));
        try
        {
            var chars = text.AsSpan();
            while (!chars.IsEmpty)
            {
                var take = Math.Min(CharsPerChunk, chars.Length);
                encoder.Convert(chars[..take], buffer, flush: take == chars.Length, out var used, out var bytes, out _);
                destination.Write(buffer, 0, bytes);
                chars = chars[used..];
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads UTF-8 from <paramref name="source"/> straight into a string of the known length.</summary>
    public static string Read(Stream source, int charCount) => string.Create(charCount, source, static (span, stream) =>
    {
        var decoder = Utf8.GetDecoder();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var written = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                written += decoder.GetChars(buffer.AsSpan(0, read), span[written..], flush: false);
            written += decoder.GetChars([], span[written..], flush: true);
            if (written != span.Length) throw new InvalidDataException($"Stored text has {written} characters, {span.Length} expected.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    });
}
