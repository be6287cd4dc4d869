namespace Pipeline.Enrichment;

/// <summary>
/// Joins the short forms of organisations to the full names the document uses: the first words
/// of a name ("Ayala" for Ayala Corporation, "JSW" for JSW Steel, "LG" for LG Energy Solution),
/// an acronym of its initials ("PGZ" for Polska Grupa Zbrojeniowa, "UNIFIL" for United Nations
/// Interim Force in Lebanon), and a short form the text introduces ("Vietnam Electricity, known as
/// EVN"). A short form that could stand for two names in the document joins neither.
/// </summary>
internal static class OrganizationShortForms
{
    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and", "the", "de", "&", "on", "in" };

    public static List<EntitySpan> Link(string text, List<Token> tokens, List<EntitySpan> spans)
    {
        var longNames = spans.Where(s => s.Type == EntityTypes.Organization && s.Canonical is null && s.Name.Contains(' '))
            .Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        if (longNames.Count == 0) return spans;
        var introduced = Introduced(tokens, spans);
        return spans.Select(s => LongFormOf(s, longNames, introduced) is { } full ? s with { Type = EntityTypes.Organization, Canonical = full } : s).ToList();
    }

    private static string? LongFormOf(EntitySpan span, List<string> longNames, Dictionary<string, string> introduced)
    {
        if (span.Canonical is not null || span.Type is not (EntityTypes.Organization or EntityTypes.Person or EntityTypes.Location) || span.Source.StartsWith("gazetteer", StringComparison.Ordinal)) return null;
        if (introduced.TryGetValue(span.Name, out var named)) return named;
        var words = span.Name.Split(' ');
        if (words.Length > 2 || IsListedName(span.Name)) return null;
        // "Nile" before "Nile Basin Initiative" is the river: a place's name is not a company's short form.
        var prefixes = span.Type != EntityTypes.Location;
        var candidates = longNames.Where(l => l.Length > span.Name.Length && ((prefixes && l.StartsWith(span.Name, StringComparison.Ordinal) && l[span.Name.Length] == ' ') || IsAcronymOf(span.Name, l))).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>"PGZ" for "Polska Grupa Zbrojeniowa"; "UNIFIL" for "United Nations Interim Force in Lebanon".</summary>
    private static bool IsAcronymOf(string acronym, string name)
    {
        if (acronym.Length is < 2 or > 7 || !CharChecks.AllUpper(acronym)) return false;
        var words = name.Split(' ');
        var capitals = string.Concat(words.Where(w => !Minor.Contains(w)).Select(w => w[0]));
        var all = string.Concat(words.Where(w => w is not ("of" or "the" or "&")).Select(w => char.ToUpperInvariant(w[0])));
        return acronym == capitals || acronym == all;
    }

    /// <summary>"Vietnam Electricity, known as EVN", "Asian Development Bank (ADB)": the short form right after a long name.</summary>
    private static Dictionary<string, string> Introduced(List<Token> tokens, List<EntitySpan> spans)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var span in spans.Where(s => s.Type == EntityTypes.Organization && s.Name.Contains(' ')))
        {
            var k = TokenSearch.IndexAt(tokens, span.End);
            k = k < 0 ? ~k : k;
            var after = tokens.Skip(k).Take(4).Select(t => t.Text).ToArray();
            var shortForm = after switch
            {
                [",", "known", "as", var x, ..] => x,
                ["known", "as", var x, ..] => x,
                ["(", var x, ")", ..] => x,
                [",", "or", var x, ","] => x,
                [",", "as", var x, "is"] => x,
                _ => null,
            };
            if (shortForm is not null && shortForm.Length > 1 && char.IsUpper(shortForm[0])) found.TryAdd(shortForm, span.Name);
        }
        return found;
    }

    // "African Union" is not short for "African Union Commission": a listed name stands for itself.
    private static bool IsListedName(string name) =>
        Lexicon.Instance.Phrases.Lookup(name) is { } entry
        && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion | GazetteerKind.Demonym
            | GazetteerKind.FirstName | GazetteerKind.KnownOrganization);
}
