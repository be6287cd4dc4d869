namespace Pipeline.Cleaning;

/// <summary>
/// Entry point of the clean algorithm: HTML goes through main-content extraction, text through
/// line classification. Pure and thread-safe.
/// </summary>
public sealed class ArticleCleaner
{
    public CleanedDocument Clean(CleaningInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cleaned = input.Html is { Length: > 0 } html
            ? HtmlArticleExtractor.Extract(html, input.Url)
            : PlainTextCleaner.Clean(input.Text, input.Title);
        return cleaned with { Text = TextNormalizer.Normalize(cleaned.Text), Title = cleaned.Title is null ? null : TextNormalizer.NormalizeInline(cleaned.Title) };
    }
}
