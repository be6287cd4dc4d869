using System.Buffers;

namespace Pipeline.Extraction;

/// <summary>Character sets for vectorised scans: text between two of these is copied as one run.</summary>
internal static class CharClasses
{
    /// <summary>Every white-space (line ends included) and control character.</summary>
    public static readonly SearchValues<char> SpaceOrControl =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) || char.IsControl(c)).ToArray());
}
