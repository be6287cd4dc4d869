namespace Pipeline.Enrichment;

/// <summary>
/// "Get Steppe Ledger Weekly, our Friday briefing", "Sign up for Capitol Ledger Daily", "Newsletter: Café &amp; Campo Morning":
/// a site's newsletter is named after the site, and its name is a product's, no body's. On a line that speaks of a newsletter,
/// an inbox or signing up, or in a list that such a line opens or closes ("Newsletters" over "• Gulf Briefing"), a name ending
/// in such a word is the site's name where the text names the site ("Capitol Ledger Media LLC"), and is no name at all where
/// it does not.
/// </summary>
internal static class NewsletterName
{
    // "THE BORDER BRIEF — Every Friday ... [Sign up]": in capitals too.
    private static readonly HashSet<string> ProductWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Daily", "Weekly", "Brief", "Briefing", "Morning", "Evening", "Digest", "Bulletin", "Newsletter", "Roundup", "Wrap",
    };

    private static readonly string[] Cues = ["newsletter", "inbox", "sign up", "subscribe", "lands every", "delivered to your"];

    public static List<EntitySpan> Apply(string text, List<EntitySpan> names)
    {
        List<EntitySpan>? result = null;
        for (var i = 0; i < names.Count; i++)
        {
            var span = names[i];
            var name = span.Name;
            // "El Faro Andino is a publication of Editorial Faro Andino S.A.S.": the name a publisher's line opens with is the outlet,
            // whatever the tagger made of its other mentions.
            if (span.Type is EntityTypes.Organization or EntityTypes.Location or EntityTypes.Person && IsPublishedBy(text, span.End))
            {
                result ??= [.. names];
                result[i] = span with { Type = EntityTypes.Organization, Source = span.Source + "+rule:publisher" };
                continue;
            }
            var space = name.LastIndexOf(' ');
            if (space < 0) continue;
            // "By Harbour Post Metro Desk, with agency reporting", "Harbour Post Sports Desk | Mombasa": a byline's desk is the
            // site's, and the story is the site's where the text names the site.
            if (name.EndsWith(" Desk", StringComparison.Ordinal) && span.Type == EntityTypes.Organization && OpensByline(text, span.Start)
                && SiteOf(name, names) is { } outlet)
            {
                result ??= [.. names];
                result[i] = new EntitySpan(span.Start, span.Start + outlet.Length, text.Substring(span.Start, outlet.Length), EntityTypes.Organization, span.Source + "+rule:desk");
                continue;
            }
            if (!ProductWords.Contains(name[(space + 1)..]) || !OnNewsletterLine(text, span.Start)) continue;
            result ??= [.. names];
            result[i] = SiteOf(name, names) is { } site
                ? new EntitySpan(span.Start, span.Start + site.Length, text.Substring(span.Start, site.Length), EntityTypes.Organization, span.Source + "+rule:newsletter")
                : null!;
        }
        if (result is null) return names;
        result.RemoveAll(n => n is null);
        return result;
    }

    // The longest start of the newsletter's name, at most three words shorter, that the text names as a body, alone or with more
    // words after it ("Wafer & Wire" in "Wafer & Wire Media Co., Ltd.").
    private static string? SiteOf(string newsletter, List<EntitySpan> names)
    {
        var end = newsletter.Length;
        for (var dropped = 0; dropped < 3; dropped++)
        {
            end = newsletter.LastIndexOf(' ', end - 1);
            if (end <= 0) return null;
            var site = newsletter[..end];
            foreach (var other in names)
            {
                if (other.Type != EntityTypes.Organization) continue;
                var otherName = other.Name;
                if (otherName == newsletter) continue;
                if (otherName == site || (otherName.Length > site.Length && otherName.StartsWith(site, StringComparison.Ordinal) && otherName[site.Length] == ' '))
                    return site;
            }
        }
        return null;
    }

    private static readonly string[] PublishedBy = [" is published by ", " is a publication of ", " is a service of ", " is owned and operated by ", " is owned by "];

    private static bool IsPublishedBy(string text, int end)
    {
        if (end + 10 > text.Length || text[end] != ' ' || text[end + 1] != 'i' || text[end + 2] != 's') return false;
        foreach (var cue in PublishedBy)
            if (text.AsSpan(end).StartsWith(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    // The name opens its line, or follows the "By" that opens it.
    private static bool OpensByline(string text, int at)
    {
        var from = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var before = text.AsSpan(from, at - from).Trim();
        return before.IsEmpty || before is "By" or "by";
    }

    // The line speaks of a newsletter, or it is an item of a list ("• Gulf Briefing") that a line speaking of one opens or
    // closes ("Free newsletters available:", "Subscribe").
    private static bool OnNewsletterLine(string text, int at)
    {
        var from = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var to = text.IndexOf('\n', at);
        if (to < 0) to = text.Length;
        var line = text.AsSpan(from, to - from);
        if (HasCue(line)) return true;
        if (!IsListItem(line)) return false;
        for (var start = from; start > 0;)
        {
            var previousStart = start >= 2 ? text.LastIndexOf('\n', start - 2) + 1 : 0;
            var previous = text.AsSpan(previousStart, start - 1 - previousStart);
            if (!IsListItem(previous) && !previous.IsWhiteSpace()) return HasCue(previous);
            start = previousStart;
        }
        for (var end = to; end < text.Length;)
        {
            var nextEnd = text.IndexOf('\n', end + 1) is var n and >= 0 ? n : text.Length;
            var next = text.AsSpan(end + 1, nextEnd - end - 1);
            if (!IsListItem(next) && !next.IsWhiteSpace()) return HasCue(next);
            end = nextEnd;
        }
        return false;
    }

    private static bool HasCue(ReadOnlySpan<char> line)
    {
        foreach (var cue in Cues)
            if (line.Contains(cue, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsListItem(ReadOnlySpan<char> line) => line.TrimStart() is [ '•' or '·' or '*' or '-' or '–', ' ', ..];
}
