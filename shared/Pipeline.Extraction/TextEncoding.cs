using System.Text;

namespace Pipeline.Extraction;

/// <summary>How a text input is to be decoded: the encoding, the BOM to skip, and how many bytes were beyond repair.</summary>
internal sealed record TextEncoding(Encoding Encoding, int BomLength, long InvalidSequences = 0)
{
    /// <summary>The WHATWG/IANA label, e.g. <c>utf-8</c>, <c>windows-1252</c>, <c>iso-8859-2</c>.</summary>
    public string Name => Encoding.WebName;
}
