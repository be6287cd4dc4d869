using System.Runtime.InteropServices;
using System.Text;
using MassTransit;
using MassTransit.Serialization;
using Pipeline.Contracts;
using Pipeline.Messaging.Drops;

namespace Pipeline.Services.Tests;

/// <summary>How a received drop is read: in place, and with headers only when they are text.</summary>
public sealed class DropWireFormatSpecs
{
    private static DropDocument Read(MassTransit.MessageBody body, IDictionary<string, object?> headers)
    {
        var context = new DropSerializer().Deserialize(body, new DictionarySendHeaders(headers));
        Assert.True(context.TryGetMessage<DropDocument>(out var drop));
        return drop!;
    }

    [Fact]
    public void Should_read_the_body_where_the_transport_received_it_without_a_copy()
    {
        // The RabbitMQ transport hands MassTransit the client's buffer as a MemoryMessageBody; a copy would double a 100 MB drop.
        var buffer = Encoding.UTF8.GetBytes("--a dropped file--");

        var drop = Read(new MemoryMessageBody(buffer.AsMemory(2, 14)), new Dictionary<string, object?> { ["file-name"] = "a.txt" });

        Assert.True(MemoryMarshal.TryGetArray(drop.Content, out var segment));
        Assert.Same(buffer, segment.Array);
        Assert.Equal((2, 14), (segment.Offset, segment.Count));
        Assert.Equal("a dropped file", Encoding.UTF8.GetString(drop.Content.Span));
    }

    [Fact]
    public void Should_read_text_headers_and_whole_numbers_as_their_digits()
    {
        var headers = new Dictionary<string, object?> { ["file-name"] = Encoding.UTF8.GetBytes(" Zürich.html "), ["document-id"] = 4711L, ["source"] = "crawler-a" };

        var drop = Read(new BytesMessageBody([1]), headers);

        Assert.Equal(("Zürich.html", "4711", "crawler-a"), (drop.FileName, drop.DocumentId, drop.Source));
        Assert.Null(DropHeaderReader.Problem(new DictionarySendHeaders(headers)));
    }

    [Theory]
    [InlineData("table")]
    [InlineData("boolean")]
    [InlineData("invalid UTF-8 bytes")]
    [InlineData("text MassTransit already decoded from invalid UTF-8")]
    public void Should_name_a_header_that_is_not_text(string kind)
    {
        object value = kind switch
        {
            "table" => new Dictionary<string, object?> { ["a"] = 1 },
            "boolean" => false,
            "invalid UTF-8 bytes" => new byte[] { 0x61, 0xC3, 0x28 },
            _ => "a\uFFFDb",
        };
        var headers = new Dictionary<string, object?> { ["file-name"] = "a.txt", ["document-id"] = value };

        var drop = Read(new BytesMessageBody([1]), headers);

        Assert.Null(drop.DocumentId);
        Assert.Contains("'document-id'", DropHeaderReader.Problem(new DictionarySendHeaders(headers)));
    }
}
