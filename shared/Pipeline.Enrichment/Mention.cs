namespace Pipeline.Enrichment;

/// <summary>
/// [Start, End) in UTF-16 code units of the field <see cref="Field"/> names: the text (most
/// mentions), or the title, standfirst or author (the byline the cleaner took off the text) when the entity is named there, or
/// the site name (the publisher the cleaner read off the masthead or letterhead).
/// </summary>
public readonly record struct Mention(int Start, int End, string Text, string Field = Mention.InText)
{
    public const string InText = "text";
    public const string InTitle = "title";
    public const string InStandfirst = "standfirst";
    public const string InAuthor = "author";
    public const string InSiteName = "siteName";
}
