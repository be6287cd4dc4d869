using System.Text;

namespace Pipeline.Extraction.Tests;

/// <summary>The live heap is measured process-wide, so nothing may run beside these specs.</summary>
[CollectionDefinition(nameof(AloneInTheProcess), DisableParallelization = true)]
public class AloneInTheProcess;

[Collection(nameof(AloneInTheProcess))]
public class When_a_large_input_streams_into_a_sink
{
    [Theory]
    [InlineData("text")]
    [InlineData("html")]
    [InlineData("markdown")]
    public void Should_hold_the_same_memory_whatever_the_size_of_the_input(string kind)
    {
        var paragraph = kind == "html" ? "<p>A paragraph of the page, with <b>bold</b> words &amp; an entity.</p>\n" : "A line of a big file, with a few words.\n\n";
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(paragraph, 24 * 1024 * 1024 / paragraph.Length)));
        var extractor = new DocumentExtractor(new ExtractionOptions { StreamingThresholdBytes = 1024 * 1024 });
        var name = kind == "markdown" ? "big.md" : "big." + kind;
        using var input = new MemoryStream(bytes);
        var sink = new LiveHeapProbe();
        var document = extractor.Extract(input, bytes.Length, name, null, sink).Documents[0];
        Assert.True(document.SinkCharacters > bytes.Length / 2, $"{document.SinkCharacters} characters written");
        Assert.True(sink.Samples > 10, $"{sink.Samples} samples");
        // In memory the text alone would be twice the input's 24 MB; streamed, the live heap grows by a few buffers.
        Assert.True(sink.MaxGrowth < 4 * 1024 * 1024, $"the live heap grew by {sink.MaxGrowth:N0} bytes while a {bytes.Length:N0}-byte {kind} input was extracted");
    }

    /// <summary>A sink that measures the live heap (after a full collection) every megabyte written.</summary>
    private sealed class LiveHeapProbe : Stream
    {
        private readonly long _baseline = GC.GetTotalMemory(forceFullCollection: true);
        private long _written, _nextSample;
        public long MaxGrowth { get; private set; }
        public int Samples { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _written;
        public override long Position { get => _written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            _written += count;
            if (_written < _nextSample) return;
            _nextSample = _written + (1 << 20);
            Samples++;
            MaxGrowth = Math.Max(MaxGrowth, GC.GetTotalMemory(forceFullCollection: true) - _baseline);
        }
    }
}
