using System.Text.RegularExpressions;

namespace Pipeline.Cleaning.Html;

/// <summary>
/// What the page declares about itself (headline, authors, publication) that tells furniture
/// inside the article apart: a line that is mostly an author's name is a byline or a bio, a line
/// that is the publication's name is a label.
/// </summary>
internal sealed partial class PageClues(string? title, IReadOnlyList<string> authors, string? siteName, string? host)
{
    private const int MaxNameLine = 160;
    private readonly string? _siteWords = siteName is null ? null : Headline.Words(siteName);
    private readonly string? _hostWords = host is null ? null : Headline.Words(host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host);

    public string? Title { get; } = title;

    /// <summary>The title as <see cref="Headline.Words"/> gives it, worked out once per page.</summary>
    public string? TitleWords { get; } = title is null ? null : Headline.Words(title);

    public IReadOnlyList<string> Authors { get; } = authors;

    /// <summary>A short line that opens with an author's name or is mostly one ("Jane Doe, Housing correspondent").</summary>
    public bool IsAboutAuthor(string line)
    {
        if (line.Length > MaxNameLine) return false;
        foreach (var author in Authors)
        {
            var at = line.IndexOf(author, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            // "Jane Doe: Why now?" is the interviewer asking, not a byline.
            if (at == 0 && line.AsSpan(author.Length).TrimStart().StartsWith(":", StringComparison.Ordinal)) continue;
            if (at == 0 || author.Length * 10 >= line.Length * 4 || Opening(line[..at])) return true;
        }
        return false;
    }

    /// <summary>
    /// The publication's name alone, or its last words ("Prairie Sentinel" for "The Prairie
    /// Sentinel"), or the site's host written out ("EXAMPLENEWS.COM").
    /// </summary>
    public bool IsSiteName(string line)
    {
        if (line.Length > 60) return false;
        var words = Headline.Words(line);
        if (words.Length < 4) return false;
        if (words == _hostWords) return true;
        return _siteWords is { Length: >= 4 } site && (words == site || site.EndsWith(" " + words, StringComparison.Ordinal));
    }

    private const int MaxContributorLine = 80;

    /// <summary>
    /// A contributor line: a person's name, then the publication (as the page declares it for its
    /// author or site), perhaps with a place after it ("Jane Doe, Example News, Leeds"; a template
    /// sets the name and the role in adjacent spans, so they may run together: "Jane DoeExample
    /// News, Leeds"). Only capitalised name words stand around the publication, no sentence.
    /// </summary>
    public bool IsNameWithPublication(string line)
    {
        if (line.Length > MaxContributorLine || line.Length < 8 || line[^1] is '.' or '!' or '?') return false;
        foreach (var name in Authors)
            if (IsNameBefore(line, name)) return true;
        return siteName is not null && IsNameBefore(line, siteName);
    }

    private static bool IsNameBefore(string line, string publication)
    {
        if (publication.Length < 3) return false;
        var at = line.IndexOf(publication, StringComparison.Ordinal);
        if (at <= 0) return false;
        return PersonBefore().IsMatch(line.AsSpan(0, at)) && PlaceAfter().IsMatch(line.AsSpan(at + publication.Length));
    }

    // Two to four capitalised words, then at most a separator: "Jane Doe", "Jane Doe, ", "Jane Doe | ".
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*[,|/·–—-]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonBefore();

    // Nothing, or a separator and up to three capitalised words: ", Staffordshire", " | Business desk".
    [GeneratedRegex(@"^\s*([,|/·–—-]\s*\p{Lu}[\p{L}.'’-]*(\s+\p{L}[\p{L}.'’-]*){0,2})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfter();

    /// <summary>Only a byline's opening word stands before the name ("By", "Von", "Par").</summary>
    private static bool Opening(string before) =>
        before.Trim().TrimEnd(':').ToLowerInvariant() is "by" or "von" or "par" or "por" or "di" or "door" or "de" or "written by" or "autor" or "autorin" or "author";
}
