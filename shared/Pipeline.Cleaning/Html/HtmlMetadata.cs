namespace Pipeline.Cleaning.Html;

/// <summary>
/// Title, standfirst, byline, date, site, canonical URL and language: JSON-LD first, then
/// OpenGraph and meta tags, then the article's own text. Dates come only from the page's
/// declarations or from inside the main content, never from comments or related links.
/// </summary>
internal sealed class HtmlMetadata(PageHead head, string? url)
{
    private readonly JsonLdArticle? _jsonLd = JsonLdArticle.Find(head.JsonLd);

    private static readonly string[] DateKeys =
        ["article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published"];

    /// <summary>The headline the page declares about itself, before its content is looked at.</summary>
    public string? DeclaredTitle => _jsonLd?.Headline ?? head.Meta("og:title") ?? head.Meta("twitter:title") ?? head.Title;

    /// <summary>The headline: declared first, then the main content's first h1, then the title tag (which carries the site's name).</summary>
    public string? Title(IReadOnlyList<PageNode> main) => _jsonLd?.Headline ?? head.Meta("og:title") ?? head.Meta("twitter:title") ?? FirstHeading(main) ?? head.Title;

    /// <summary>The authors the page declares (JSON-LD, meta tags), one name each; never read from the text.</summary>
    public IReadOnlyList<string> DeclaredAuthors
    {
        get
        {
            var declared = _jsonLd?.Author ?? head.Meta("author") ?? head.Meta("article:author") ?? head.Meta("dc.creator") ?? head.Meta("parsely-author");
            if (declared is null || declared.Contains("://", StringComparison.Ordinal)) return [];
            return declared.Split([",", " and ", " & ", " und ", " et ", " y "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(name => name.Length >= 5 && name.Contains(' ', StringComparison.Ordinal)).ToList();
        }
    }

    public string? SiteName => head.Meta("og:site_name") ?? _jsonLd?.Publisher ?? head.Meta("application-name");

    /// <summary>The article body the page declares as data (JSON-LD articleBody), as written there.</summary>
    public string? DeclaredBody => _jsonLd?.Body;

    public string? Description => _jsonLd?.Description ?? head.Meta("og:description") ?? head.Meta("description") ?? head.Meta("twitter:description");

    /// <summary>
    /// The metadata, once the blocks up to the end of the main content have been judged: their
    /// bylines and dates count, while comments and related links (removed under those reasons) never do.
    /// </summary>
    public CleanedDocument Read(IReadOnlyList<PageNode> main, IReadOnlyList<ContentBlock> upToMainEnd)
    {
        var jsonLd = _jsonLd;
        var title = Title(main);
        var published = DateText.ToIso(jsonLd?.DatePublished)
            ?? DateKeys.Select(key => DateText.ToIso(head.Meta(key))).FirstOrDefault(date => date is not null)
            ?? main.Select(TimeIn).FirstOrDefault(date => date is not null)
            ?? upToMainEnd.Where(b => b.RemovalReason is "date" or "byline").Select(b => DateText.Find(b.Text)).FirstOrDefault(date => date is not null);
        var author = jsonLd?.Author ?? head.Meta("author") ?? head.Meta("article:author") ?? head.Meta("dc.creator") ?? head.Meta("parsely-author")
            ?? upToMainEnd.Where(b => b.RemovalReason == "byline").Select(b => Byline.NameIn(b.Text)).FirstOrDefault(name => name is not null);
        Uri.TryCreate(url, UriKind.Absolute, out var uri);
        return new CleanedDocument
        {
            Text = string.Empty,
            Title = title,
            Standfirst = Description,
            Author = author?.StartsWith("http", StringComparison.OrdinalIgnoreCase) == true ? null : author,
            Published = published,
            SiteName = SiteName ?? uri?.Host,
            CanonicalUrl = Absolute(head.Canonical ?? head.Meta("og:url"), uri) ?? url,
            DeclaredLanguage = head.Language ?? head.Meta("content-language") ?? head.Meta("og:locale") ?? jsonLd?.Language,
        };
    }

    private static string? FirstHeading(IReadOnlyList<PageNode> main)
    {
        foreach (var root in main)
            foreach (var node in root.Descendants())
                if (node.Tag == "h1") return InnerText(node);
        return null;
    }

    private static string? TimeIn(PageNode root)
    {
        foreach (var node in root.Descendants())
        {
            if (node.Tag == "time" && node.PrunedReason is null && DateText.ToIso(node.Attribute("datetime") ?? InnerText(node)) is { } date) return date;
            if (node.Tag == "meta" && node.Attribute("itemprop") == "datePublished") return DateText.ToIso(node.Attribute("content"));
        }
        return null;
    }

    private static string? Absolute(string? href, Uri? page)
    {
        if (href is null) return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        return page is not null && Uri.TryCreate(page, href, out var resolved) ? resolved.ToString() : null;
    }

    private static string InnerText(PageNode node) =>
        string.Join(' ', node.Descendants().Where(n => n.IsText).Select(n => n.Text!.Trim()).Where(t => t.Length > 0));
}
