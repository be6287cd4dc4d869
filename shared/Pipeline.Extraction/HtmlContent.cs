namespace Pipeline.Extraction;

/// <summary>What <see cref="HtmlTextExtractor"/> reads from one HTML document.</summary>
internal sealed record HtmlContent(string Text, string? Title, string? CanonicalUrl, Dictionary<string, string> Metadata);
