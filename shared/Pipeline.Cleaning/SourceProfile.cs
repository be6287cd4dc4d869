using System.Text.Json;

namespace Pipeline.Cleaning;

/// <summary>
/// What clean has learnt about one source (site or feed): how many of its documents contained
/// each block. A block seen in several documents of a source is its boilerplate (a promo, a
/// standard footer line, a recurring teaser), wherever on the page it sits.
/// Learn after cleaning each document once; persist with <see cref="ToJson"/>. Not thread-safe:
/// one profile per source, updated by one writer at a time.
/// </summary>
public sealed class SourceProfile
{
    /// <summary>How many documents must contain a block before it counts as boilerplate.</summary>
    public const int MinDocuments = 3;

    private readonly Dictionary<ulong, BlockSighting> _blocks = [];

    public SourceProfile(int capacity = 4096)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 16);
        Capacity = capacity;
    }

    /// <summary>At most this many fingerprints are kept; the rarest and oldest go first.</summary>
    public int Capacity { get; }

    /// <summary>Documents learnt so far.</summary>
    public int Documents { get; private set; }

    public int Count => _blocks.Count;

    /// <summary>Counts every block of a cleaned document, kept or removed, once per document.</summary>
    public void Learn(CleanedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Concat(document.Removed.Select(r => r.Text));
        Learn(blocks);
    }

    /// <summary>Counts the given blocks (paragraphs or lines) of one document.</summary>
    public void Learn(IEnumerable<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        Documents++;
        foreach (var fingerprint in blocks.Where(b => !string.IsNullOrWhiteSpace(b)).Select(BlockFingerprint.Of).Distinct())
        {
            _blocks[fingerprint] = _blocks.TryGetValue(fingerprint, out var seen)
                ? new BlockSighting(seen.Documents + 1, Documents)
                : new BlockSighting(1, Documents);
        }
        if (_blocks.Count > Capacity) Evict();
    }

    /// <summary>Whether the block has been seen in at least <see cref="MinDocuments"/> documents of this source.</summary>
    public bool IsRepeated(string block) =>
        _blocks.TryGetValue(BlockFingerprint.Of(block), out var seen) && seen.Documents >= MinDocuments;

    /// <summary>
    /// Which of a document's kept blocks are the source's boilerplate. When they would be most of
    /// the text, the document is a repeat of one already learnt (a new version, a syndicated copy)
    /// and nothing is removed.
    /// </summary>
    internal HashSet<int> RepeatedAmong(IReadOnlyList<string> kept)
    {
        var repeated = new HashSet<int>();
        var repeatedChars = 0;
        var totalChars = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            totalChars += kept[i].Length;
            if (!IsRepeated(kept[i])) continue;
            repeated.Add(i);
            repeatedChars += kept[i].Length;
        }
        return repeatedChars * 2 > totalChars ? [] : repeated;
    }

    public string ToJson() => JsonSerializer.Serialize(new SourceProfileJson
    {
        Capacity = Capacity,
        Documents = Documents,
        Blocks = _blocks.ToDictionary(pair => BlockFingerprint.ToKey(pair.Key), pair => new[] { pair.Value.Documents, pair.Value.LastSeen }),
    });

    public static SourceProfile FromJson(string json)
    {
        var data = JsonSerializer.Deserialize<SourceProfileJson>(json) ?? throw new JsonException("empty source profile");
        var profile = new SourceProfile(data.Capacity) { Documents = data.Documents };
        foreach (var (key, value) in data.Blocks)
        {
            if (!BlockFingerprint.TryParse(key, out var fingerprint) || value.Length != 2) throw new JsonException($"bad block entry {key}");
            profile._blocks[fingerprint] = new BlockSighting(value[0], value[1]);
        }
        if (profile._blocks.Count > profile.Capacity) profile.Evict();
        return profile;
    }

    /// <summary>Drops the blocks least likely to be boilerplate (seen least, longest ago) down to three quarters of capacity.</summary>
    private void Evict()
    {
        var target = Capacity * 3 / 4;
        foreach (var fingerprint in _blocks.OrderBy(p => p.Value.Documents).ThenBy(p => p.Value.LastSeen).Take(_blocks.Count - target).Select(p => p.Key).ToList())
            _blocks.Remove(fingerprint);
    }

    private readonly record struct BlockSighting(int Documents, int LastSeen);
}
