namespace Pipeline.Cleaning.Html;

/// <summary>
/// Title, standfirst, byline, date, site, canonical URL and language: JSON-LD first, then
/// OpenGraph and meta tags, then the article's own text. Dates come only from the page's
/// declarations or from inside the main content, never from comments or related links.
/// </summary>
internal sealed partial class HtmlMetadata(PageHead head, string? url)
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
        var title = WithoutSiteName(Title(main), SiteName, upToMainEnd);
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
            Author = author?.StartsWith("http", StringComparison.OrdinalIgnoreCase) == true ? null : WithoutBy(author),
            Published = published,
            SiteName = SiteName ?? uri?.Host,
            CanonicalUrl = Absolute(head.Canonical ?? head.Meta("og:url"), uri) ?? url,
            DeclaredLanguage = head.Language ?? head.Meta("content-language") ?? head.Meta("og:locale") ?? jsonLd?.Language,
        };
    }

    // <meta name="author" content="By Jane Okoro and Tom Reyes">: the byline's "By" is not part of the names.
    private static string? WithoutBy(string? author) =>
        author is { Length: > 3 } && author.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? author[3..].TrimStart() : author;

    /// <summary>
    /// "Lowerfold Gazette - News - Empty mill to become flats" or "Empty mill to become flats | Lowerfold
    /// Gazette": a title tag (or og:title) that carries the site's name and section beside the headline.
    /// The part the page also sets as a line of its own (or that opens one, "… by Graham Pickup") is the headline; else a part that is the
    /// site's declared name goes. A headline with a dash of its own and no such part stays whole.
    /// </summary>
    internal static string? WithoutSiteName(string? title, string? siteName, IReadOnlyList<ContentBlock> blocks)
    {
        if (title is null) return null;
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2) return title;
        if (parts.Select(p => p.Trim()).Where(p => p.Contains(' ', StringComparison.Ordinal) && blocks.Any(b => SetApart(b.Text, p))).MaxBy(p => p.Length) is { } headline)
            return headline;
        if (siteName is null) return title;
        var site = siteName.Trim();
        if (string.Equals(parts[^1].Trim(), site, StringComparison.OrdinalIgnoreCase))
            return title[..TitleSeparator().Matches(title)[^1].Index].Trim();
        if (string.Equals(parts[0].Trim(), site, StringComparison.OrdinalIgnoreCase))
        {
            var first = TitleSeparator().Match(title);
            return title[(first.Index + first.Length)..].Trim();
        }
        return title;
    }

    // The block is the part, or its first line ("… workshops" above "by Graham Pickup"), or opens with it when the
    // part is long enough to be a headline.
    private static bool SetApart(string block, string part)
    {
        var text = block.AsSpan().Trim();
        if (!text.StartsWith(part, StringComparison.OrdinalIgnoreCase)) return false;
        return text.Length == part.Length || text[part.Length] == '\n' || char.IsWhiteSpace(text[part.Length]) && part.Count(c => c == ' ') >= 3;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+(?:\||-|–|—|::|»|·)\s+")]
    private static partial System.Text.RegularExpressions.Regex TitleSeparator();

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
