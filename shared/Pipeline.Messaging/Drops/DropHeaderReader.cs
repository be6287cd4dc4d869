using System.Globalization;
using System.Text;
using System.Text.Unicode;
using MassTransit;

namespace Pipeline.Messaging.Drops;

/// <summary>
/// Reads the <see cref="DropHeaders"/> of a received drop. Droppers in other languages send what
/// their AMQP library makes of a value: text as bytes, numbers as integers, and sometimes tables,
/// booleans or bytes that are not UTF-8. Whole numbers are read as their digits; anything else
/// that is not text is a problem the ingest consumer refuses the drop for (it never throws here,
/// because a deserializer that throws leaves no failure record).
/// </summary>
public static class DropHeaderReader
{
    private static readonly string[] Described = [DropHeaders.FileName, DropHeaders.ContentType, DropHeaders.Source, DropHeaders.DocumentId, DropHeaders.BlobId];

    /// <summary>The header's text, trimmed; null when absent, blank or unreadable.</summary>
    public static string? Text(Headers headers, string key) => Read(headers, key, out var text) is null ? text : null;

    /// <summary>Why one of the headers that describe the file cannot be read; null when all can.</summary>
    public static string? Problem(Headers headers)
    {
        foreach (var key in Described)
            if (Read(headers, key, out _) is { } problem) return problem;
        return null;
    }

    private static string? Read(Headers headers, string key, out string? text)
    {
        text = null;
        if (!headers.TryGetHeader(key, out var value) || value is null) return null;
        string raw;
        switch (value)
        {
            case string s: raw = s; break;
            case byte[] bytes when Utf8.IsValid(bytes): raw = Encoding.UTF8.GetString(bytes); break;
            case ReadOnlyMemory<byte> memory when Utf8.IsValid(memory.Span): raw = Encoding.UTF8.GetString(memory.Span); break;
            case byte[] or ReadOnlyMemory<byte>: return NotUtf8(key);
            case sbyte or byte or short or ushort or int or uint or long or ulong: raw = Convert.ToString(value, CultureInfo.InvariantCulture)!; break;
            default: return $"The '{key}' header is a {value.GetType().Name}, not text; send it as a UTF-8 string.";
        }
        // MassTransit's RabbitMQ transport decodes byte headers before we see them, replacing what is not UTF-8.
        if (raw.Contains('\uFFFD')) return NotUtf8(key);
        text = string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
        return null;
    }

    private static string NotUtf8(string key) => $"The '{key}' header is not UTF-8 text; send it as a UTF-8 string.";
}
