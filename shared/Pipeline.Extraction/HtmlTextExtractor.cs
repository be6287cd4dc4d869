using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Pipeline.Extraction;

/// <summary>
/// Visible text of an HTML document with its block structure: each paragraph, heading, list item,
/// quote or table row becomes one block, blocks separated by a blank line. Reads AngleSharp's
/// standards-following tokenizer instead of building a DOM: a 100 MB page costs its text, not a tree
/// ten times its size, and the walk is one pass. What each token means is <see cref="HtmlTokenReader"/>'s
/// business, shared with <see cref="StreamedHtmlText"/>, which reads a page too large to hold.
/// </summary>
internal static class HtmlTextExtractor
{
    /// <summary>
    /// Uses the tokenizer's struct tokens: names and text are slices of the source, valid until the
    /// next token, so nothing is allocated per token (four times faster than token objects).
    /// </summary>
    public static HtmlContent Extract(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver);
        var reader = new HtmlTokenReader(new HtmlBlockWriter(html.Length));
        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
            reader.Read(ref token, tokenizer);
        return reader.Finish();
    }
}
