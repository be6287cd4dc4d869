using System.Buffers;
using System.Text;

namespace Pipeline.Extraction;

/// <summary>
/// A sliding window over a stream's decoded text: filled from a <see cref="ChunkDecoder"/>, and
/// emptied from the front once its start has been read. It holds at most what it is asked for
/// plus one decoded chunk, whatever the size of the stream.
/// </summary>
internal sealed class DecodedWindow(Stream stream, long start, Encoding encoding, int chunkBytes) : IDisposable
{
    private readonly ChunkDecoder _decoder = new(stream, start, encoding, chunkBytes);
    private char[] _buffer = ArrayPool<char>.Shared.Rent(Math.Max(chunkBytes, 1024));
    private ReadOnlyMemory<char> _spill;
    private bool _decoderDone;

    /// <summary>The window's characters: <c>Buffer[..Length]</c>.</summary>
    public char[] Buffer => _buffer;

    public int Length { get; private set; }

    /// <summary>True when the window holds the rest of the stream.</summary>
    public bool AtEnd => _decoderDone && _spill.IsEmpty;

    /// <summary>Decodes until the window holds <paramref name="target"/> characters or the stream ends.</summary>
    public void Fill(int target)
    {
        while (Length < target)
        {
            if (_spill.IsEmpty)
            {
                if (_decoderDone || !_decoder.Next(out _spill)) (_decoderDone, _spill) = (true, default);
                if (_decoderDone) return;
                continue;
            }
            EnsureCapacity(Length + _spill.Length);
            _spill.Span.CopyTo(_buffer.AsSpan(Length));
            Length += _spill.Length;
            _spill = default;
        }
    }

    /// <summary>Drops the characters before <paramref name="from"/> and puts <paramref name="prefix"/> in their place.</summary>
    public void Carry(int from, ReadOnlySpan<char> prefix)
    {
        var kept = Length - from;
        EnsureCapacity(prefix.Length + kept);
        _buffer.AsSpan(from, kept).CopyTo(_buffer.AsSpan(prefix.Length));
        prefix.CopyTo(_buffer);
        Length = prefix.Length + kept;
    }

    private void EnsureCapacity(int capacity)
    {
        if (capacity <= _buffer.Length) return;
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(capacity, _buffer.Length * 2));
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }

    public void Dispose()
    {
        _decoder.Dispose();
        ArrayPool<char>.Shared.Return(_buffer);
    }
}
