using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Messaging;

/// <summary>
/// Deterministic message ids: the event for a given document version always carries the same id,
/// so a subscriber can drop a duplicate delivery by id.
/// </summary>
public static class MessageIds
{
    public static Guid For(string eventName, string documentId, int version)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{eventName}\n{documentId}\n{version}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: custom, name-based
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
