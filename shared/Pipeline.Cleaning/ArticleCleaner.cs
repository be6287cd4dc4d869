using Pipeline.Cleaning.Html;
using Pipeline.Cleaning.PlainText;

namespace Pipeline.Cleaning;

/// <summary>
/// Entry point of the clean algorithm: HTML goes through main-content extraction, text through
/// line classification. Pure and thread-safe (a <see cref="SourceProfile"/> is only read here).
/// </summary>
public sealed class ArticleCleaner
{
    public CleanedDocument Clean(CleaningInput input) => Clean(input, profile: null);

    /// <summary>Cleans with what was learnt from earlier documents of the same source.</summary>
    public CleanedDocument Clean(CleaningInput input, SourceProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cleaned = input.Html is { Length: > 0 } html
            ? HtmlArticleExtractor.Extract(html, input.Url, profile)
            : PlainTextCleaner.Clean(input.Text, input.Title, input.TitleFromStructure, profile);
        return cleaned with
        {
            Text = TextNormalizer.Normalize(cleaned.Text),
            Title = Inline(cleaned.Title ?? input.Title),
            Standfirst = Inline(cleaned.Standfirst),
            Author = Inline(cleaned.Author),
            SiteName = Inline(cleaned.SiteName),
        };
    }

    private static string? Inline(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : TextNormalizer.NormalizeInline(System.Net.WebUtility.HtmlDecode(value));
}
