namespace Pipeline.Contracts;

/// <summary>Where an entity occurs: [Start, End) in the event's text.</summary>
public sealed record PublishedMention(int Start, int End, string Text);
