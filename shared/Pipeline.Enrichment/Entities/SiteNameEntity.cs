namespace Pipeline.Enrichment;

/// <summary>
/// The publisher is an organisation the document names: the masthead over a scraped page's menu ("Harbour Ledger"), the
/// ministry on a release's letterhead, a page's declared site name ("The Baltic Times"). Where the site name reads as a
/// name (a few capitalised words, no web address) it is an organisation with a mention in the site-name field, or one
/// more mention of the organisation the text already names so; a name the text gives another type keeps it. A name set
/// in capitals is named in title case, as a dateline is.
/// </summary>
internal static class SiteNameEntity
{
    private const int MaxWords = 10;

    // The publisher matters less to a reader than the story's own names.
    private const double Salience = 0.05;

    public static IReadOnlyList<Entity> With(IReadOnlyList<Entity> entities, string? siteName)
    {
        if (siteName is null || siteName.Trim() is not { Length: > 1 } name || !IsName(name)) return entities;
        var start = siteName.IndexOf(name, StringComparison.Ordinal);
        var mention = new Mention(start, start + name.Length, name, Mention.InSiteName);
        // "THE POLAR LEDGER": a masthead set in capitals is named in title case, as a dateline is.
        var canonical = name.Any(char.IsLower) ? name : string.Join(' ', NameFinder.TitleCase(name).Split(' ').Select((w, k) => k > 0 && w is "Of" or "The" or "And" or "For" or "In" or "On" ? w.ToLowerInvariant() : w));
        var bare = WithoutArticle(canonical);
        for (var i = 0; i < entities.Count; i++)
        {
            if (!string.Equals(WithoutArticle(entities[i].Text), bare, StringComparison.OrdinalIgnoreCase)) continue;
            if (entities[i].Type != EntityTypes.Organization) return entities;
            var known = entities.ToList();
            known[i] = entities[i] with { Mentions = [.. entities[i].Mentions, mention] };
            return known;
        }
        return [.. entities, new Entity { Text = canonical, Type = EntityTypes.Organization, Mentions = [mention], Salience = Salience, Source = "metadata:site-name" }];
    }

    private static string WithoutArticle(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    // "Harbour Ledger", "THE POLAR LEDGER", "Ministry of Foreign Affairs, Cooperation and Chileans Abroad"; not "example.com",
    // "news | home" or "www.harbour-ledger.com".
    private static bool IsName(string name)
    {
        if (name.Contains('.') || name.Contains('/') || name.Contains('|') || name.Contains('@')) return false;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords && words.Any(w => char.IsUpper(w[0]))
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "of" or "the" or "and" or "for" or "in" or "on" or "de" or "la" or "&" or "-");
    }
}
