using System.Buffers;
using System.Text;

namespace Pipeline.Extraction;

/// <summary>
/// Writes extracted text to the caller's sink as UTF-8 without a byte-order mark, through one pooled
/// buffer, so a streamed document costs the same memory at 1 MB as at 100 MB. A lone surrogate
/// becomes U+FFFD (the encoder's replacement fallback): the sink always holds valid UTF-8. Keeps the
/// first characters, since the title of last resort is the text's first line.
/// </summary>
internal sealed class Utf8TextSink(Stream sink) : IDisposable
{
    /// <summary>As many characters as <see cref="PlainTextExtractor.FirstLine"/> looks at.</summary>
    public const int HeadCharacters = 302;

    private const int BufferBytes = 1 << 16;
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private readonly byte[] _bytes = ArrayPool<byte>.Shared.Rent(BufferBytes);
    private readonly char[] _head = new char[HeadCharacters];
    private int _filled, _headLength;

    /// <summary>Characters written so far.</summary>
    public long Characters { get; private set; }

    /// <summary>The first <see cref="HeadCharacters"/> characters of the text (all of it when shorter).</summary>
    public string Head => new(_head, 0, _headLength);

    public void Write(ReadOnlySpan<char> text)
    {
        if (_headLength < HeadCharacters)
        {
            var take = Math.Min(text.Length, HeadCharacters - _headLength);
            text[..take].CopyTo(_head.AsSpan(_headLength));
            _headLength += take;
        }
        Characters += text.Length;
        Encode(text, flush: false);
    }

    /// <summary>Writes what the encoder still holds (a cut surrogate pair) and the buffer.</summary>
    public void Complete()
    {
        Encode([], flush: true);
        FlushBuffer();
        sink.Flush();
    }

    private void Encode(ReadOnlySpan<char> text, bool flush)
    {
        while (true)
        {
            // Convert refuses a buffer too small for one character; keep room for the longest.
            if (BufferBytes - _filled < 16) FlushBuffer();
            _encoder.Convert(text, _bytes.AsSpan(_filled, BufferBytes - _filled), flush, out var used, out var written, out var completed);
            _filled += written;
            text = text[used..];
            if (text.IsEmpty && completed) return;
            FlushBuffer();
        }
    }

    private void FlushBuffer()
    {
        if (_filled == 0) return;
        sink.Write(_bytes, 0, _filled);
        _filled = 0;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_bytes);
}
