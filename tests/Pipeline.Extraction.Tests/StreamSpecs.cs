using System.Text;
using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_extracting_from_a_stream
{
    private readonly DocumentExtractor _extractor = new();

    [Fact]
    public void Should_give_the_same_result_as_the_bytes()
    {
        var bytes = Docx("Stream test", "One paragraph.");
        var fromStream = _extractor.Extract(new MemoryStream(bytes), bytes.Length, "a.docx", null);
        Assert.Equal(_extractor.Extract(bytes, "a.docx").Documents[0].Text, fromStream.Documents[0].Text);
    }

    [Fact]
    public void Should_read_a_stream_that_cannot_seek()
    {
        var bytes = Pdf("Forward only", ["Streams from the network cannot seek."]);
        var result = _extractor.Extract(new ForwardOnlyStream(bytes), -1, "f.pdf", null);
        Assert.Equal("Streams from the network cannot seek.", result.Documents[0].Text);
    }

    [Fact]
    public void Should_refuse_a_declared_length_above_the_limit_without_reading()
    {
        var extractor = new DocumentExtractor(new ExtractionOptions { MaxInputBytes = 10 });
        var error = Assert.Throws<ExtractionException>(() => extractor.Extract(new ForwardOnlyStream(new byte[5]), 11, null, null));
        Assert.Equal(ExtractionErrorCodes.TooLarge, error.Code);
    }

    [Fact]
    public void Should_refuse_a_stream_that_runs_past_the_limit_whatever_length_it_claimed()
    {
        var extractor = new DocumentExtractor(new ExtractionOptions { MaxInputBytes = 100_000 });
        var error = Assert.Throws<ExtractionException>(() => extractor.Extract(new ForwardOnlyStream(new byte[200_000]), 50, null, null));
        Assert.Equal(ExtractionErrorCodes.TooLarge, error.Code);
    }

    [Fact]
    public void Should_allocate_about_the_size_of_the_text_for_a_large_text_file()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("A line of a big log file.\n\nAnother paragraph follows.\n", 200_000)));
        using var stream = new MemoryStream(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var text = _extractor.Extract(stream, bytes.Length, "big.txt", null).Documents[0].Text;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var textBytes = text.Length * 2L;
        Assert.True(allocated < textBytes * 1.1 + 2_000_000, $"allocated {allocated:N0} bytes for {textBytes:N0} bytes of text");
    }

    /// <summary>A network-like stream: reads forward, cannot seek or tell its length.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
