namespace Pipeline.Contracts;

/// <summary>
/// Where an entity occurs: [Start, End) in the event's field that <see cref="Field"/> names,
/// <c>text</c> for most mentions, <c>title</c> or <c>standfirst</c> for a name in the headline or
/// the standfirst (which the text does not hold).
/// </summary>
public sealed record PublishedMention(int Start, int End, string Text, string Field = "text");
