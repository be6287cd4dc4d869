namespace Pipeline.Extraction;

/// <summary>What a feed says about itself, which every item's metadata repeats.</summary>
internal sealed class FeedChannel
{
    public bool Atom { get; set; }
    public string? Title { get; set; }
    public string? Language { get; set; }
}
