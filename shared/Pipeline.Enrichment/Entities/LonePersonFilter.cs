namespace Pipeline.Enrichment;

/// <summary>
/// An article introduces its people by their full names ("Finance Minister Daniel Chileshe", later
/// "Chileshe"); a lone capitalised word that the tagger alone took for a person, and that nothing
/// else names as one, is usually a place or a company the lists do not know ("Saxony", "Greenbushes",
/// "Rheinmetall"). In a text of article length such a name is dropped, unless a title stands before
/// one of its mentions ("Mr Hakim"), the name lists know it as a first name or surname, or the
/// headline names it; where the place lists know it, it is a place. So is a name of two words that
/// opens with a Spanish, French or Italian article ("La Nación"). A single sentence (the
/// development data) keeps the tagger's word: it had no room to introduce anyone.
/// </summary>
internal static class LonePersonFilter
{
    /// <summary>Below this many tokens a text is not an article.</summary>
    private const int ArticleTokens = 120;

    public static List<EntitySpan> Apply(List<Token> tokens, List<EntitySpan> spans, string? title)
    {
        if (tokens.Count < ArticleTokens) return spans;
        // Per name a person's mentions go by: whether every one of them is the tagger's bare guess.
        var onlyTagged = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var s in spans)
        {
            if (s.Type != EntityTypes.Person) continue;
            var name = s.Canonical ?? s.Name;
            ref var tagged = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(onlyTagged, name, out var exists);
            if (!exists) tagged = !name.Contains(' ') || OpensWithArticle(name);
            tagged = tagged && s.Source == "tagger" && s.Canonical is null && !IsTitle(s.AfterWord);
        }
        var lone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, tagged) in onlyTagged)
            if (tagged && !IsListedName(name) && !InTitle(name, title)) lone.Add(name);
        if (lone.Count == 0) return spans;
        var kept = new List<EntitySpan>(spans.Count);
        foreach (var span in spans)
        {
            if (span.Type != EntityTypes.Person || !lone.Contains(span.Name)) kept.Add(span);
            else if (Lexicon.Instance.Phrases.Lookup(span.Name) is { } entry && entry.Is(GazetteerKind.City | GazetteerKind.Region | GazetteerKind.Country))
                kept.Add(span with { Type = EntityTypes.Location, CountryCode = entry.CountryCode, Source = "tagger+rule:listed-place" });
        }
        return kept;
    }

    // "La Nación", "Las Flores", "El Tiempo": two words opening with a Spanish, French or Italian article are a paper, a firm
    // or a place more often than a person, when nothing else names them as one ("Ignazio La Russa" links "La Russa" to him).
    private static bool OpensWithArticle(string name) =>
        name.IndexOf(' ') is var space and > 0 && name.IndexOf(' ', space + 1) < 0 && NameParticles.IsRomanceArticle(name[..space]);

    private static bool IsTitle(string? word) =>
        word is not null && (PersonTitles.IsTitleWord(word) || Lexicon.Instance.Phrases.Lookup(word) is { } entry && entry.Is(GazetteerKind.PersonTitle));

    private static bool IsListedName(string name) =>
        Lexicon.Instance.Phrases.Lookup(name) is { } entry && entry.Is(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.FamilyNameFirst)
        || Lexicon.Instance.KnownPeople.Contains(name);

    private static bool InTitle(string name, string? title) =>
        title is not null && title.Contains(name, StringComparison.Ordinal);
}
