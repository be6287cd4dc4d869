namespace Pipeline.Cleaning.Html;

/// <summary>What a block is in the article's structure; decides how it is scored and filtered.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    TableCell,
    Caption,
}
