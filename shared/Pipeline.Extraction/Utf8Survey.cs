using System.Buffers;
using System.Text;

namespace Pipeline.Extraction;

/// <summary>
/// One pass over bytes, chunk by chunk, that tells whether they are UTF-8: how many sequences are
/// invalid, how many valid multi-byte ones there are, and where the first non-ASCII byte sits.
/// ASCII runs are skipped with a vectorised search, so mostly-English text costs next to nothing.
/// </summary>
internal struct Utf8Survey
{
    public long InvalidSequences { get; private set; }
    public long MultiByteSequences { get; private set; }
    public long FirstInvalidOffset { get; private set; } = -1;
    public long FirstNonAsciiOffset { get; private set; } = -1;
    private long _offset;

    public Utf8Survey() { }

    /// <summary>Surveys a chunk; returns how many bytes it consumed (a sequence cut by the chunk's end is left for the next call).</summary>
    public int Feed(ReadOnlySpan<byte> chunk, bool isFinal)
    {
        var i = 0;
        while (i < chunk.Length)
        {
            var ascii = chunk[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0) { i = chunk.Length; break; }
            i += ascii;
            if (FirstNonAsciiOffset < 0) FirstNonAsciiOffset = _offset + i;
            var status = Rune.DecodeFromUtf8(chunk[i..], out _, out var consumed);
            if (status == OperationStatus.NeedMoreData && !isFinal) break;
            if (status == OperationStatus.Done) MultiByteSequences++;
            else
            {
                InvalidSequences++;
                if (FirstInvalidOffset < 0) FirstInvalidOffset = _offset + i;
            }
            i += consumed;
        }
        _offset += i;
        return i;
    }

    public static Utf8Survey Of(Stream stream, long start)
    {
        var survey = new Utf8Survey();
        stream.Position = start;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var filled = 0;
            while (true)
            {
                var read = stream.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                var consumed = survey.Feed(buffer.AsSpan(0, filled), isFinal: read == 0);
                if (read == 0) return survey;
                // Keep a cut sequence for the next round.
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
