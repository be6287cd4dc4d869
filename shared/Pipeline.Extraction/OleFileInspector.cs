using System.Buffers;

namespace Pipeline.Extraction;

/// <summary>
/// OLE compound files are legacy Office binaries, or modern Office files under a password (the
/// encrypted package sits in an OLE container). Neither is readable; this tells the two apart so
/// the failure says "encrypted" when a password is what stands in the way.
/// </summary>
internal static class OleFileInspector
{
    // The stream name as OLE directory entries store it: UTF-16LE.
    private static readonly byte[] Marker = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage");

    public static void Refuse(Stream stream)
    {
        if (Contains(stream, Marker))
            throw new ExtractionException(ExtractionErrorCodes.Encrypted,
                "The file is a password-protected Office document; ingest cannot read it without the password.");
        throw new ExtractionException(ExtractionErrorCodes.Unsupported,
            "The file is a legacy Office binary (.doc/.xls/.ppt); ingest reads DOCX, so save it in the current format.");
    }

    /// <summary>Scans the whole file in overlapping chunks; linear, and bounded by the input size limit.</summary>
    private static bool Contains(Stream stream, byte[] marker)
    {
        stream.Position = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var kept = 0;
            int read;
            while ((read = stream.Read(buffer, kept, buffer.Length - kept)) > 0)
            {
                var filled = kept + read;
                if (buffer.AsSpan(0, filled).IndexOf(marker) >= 0) return true;
                kept = Math.Min(marker.Length - 1, filled);
                buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
            }
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
