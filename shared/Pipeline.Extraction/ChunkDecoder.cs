using System.Buffers;
using System.Text;

namespace Pipeline.Extraction;

/// <summary>
/// Decodes a stream 64 KB at a time into a pooled buffer, so decoding costs the same memory
/// whatever the input's size. A character cut by a chunk's end is kept by the decoder for the next.
/// </summary>
internal sealed class ChunkDecoder : IDisposable
{
    public const int DefaultChunkBytes = 1 << 16;
    private readonly Stream _stream;
    private readonly Decoder _decoder;
    private readonly int _chunkBytes;
    private readonly byte[] _bytes;
    private readonly char[] _chars;
    private bool _done;

    /// <param name="chunkBytes">Bytes read at a time; tests make it tiny so chunk ends fall inside characters and tags.</param>
    public ChunkDecoder(Stream stream, long start, Encoding encoding, int chunkBytes = DefaultChunkBytes)
    {
        _stream = stream;
        _stream.Position = start;
        _decoder = encoding.GetDecoder();
        _chunkBytes = chunkBytes;
        _bytes = ArrayPool<byte>.Shared.Rent(chunkBytes);
        _chars = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(chunkBytes));
    }

    /// <summary>The next decoded chunk, valid until the next call; false at the end of the stream.</summary>
    public bool Next(out ReadOnlyMemory<char> chunk)
    {
        chunk = default;
        if (_done) return false;
        var read = _stream.Read(_bytes, 0, _chunkBytes);
        _done = read == 0;
        var count = _decoder.GetChars(_bytes, 0, read, _chars, 0, flush: _done);
        chunk = _chars.AsMemory(0, count);
        return count > 0 || !_done;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        ArrayPool<char>.Shared.Return(_chars);
    }
}
