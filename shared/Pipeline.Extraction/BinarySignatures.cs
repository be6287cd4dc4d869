namespace Pipeline.Extraction;

/// <summary>
/// Magic numbers of binary formats people drop by mistake, so a refusal can say what the file is.
/// Only consulted once the bytes failed to look like text, so a text starting with "ID3" stays text.
/// </summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, string Name)[] Known =
    [
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a legacy Office binary (.doc/.xls/.ppt) or a password-protected Office file"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an ELF executable"),
        ("MZ"u8.ToArray(), "a Windows executable or DLL"),
        ("OggS"u8.ToArray(), "an Ogg media file"),
        ("ID3"u8.ToArray(), "an MP3 file"),
        ("RIFF"u8.ToArray(), "a RIFF media file (WAV/AVI/WebP)"),
        ([0x00, 0x61, 0x73, 0x6D], "a WebAssembly module"),
    ];

    public static string? NameOf(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, name) in Known)
            if (head.StartsWith(magic)) return name;
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)) return "an MP4/QuickTime media file";
        return null;
    }

    public static bool IsOleCompoundFile(ReadOnlySpan<byte> head) => head.StartsWith(Known[0].Magic);
}
