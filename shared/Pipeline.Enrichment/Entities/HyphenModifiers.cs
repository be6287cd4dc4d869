namespace Pipeline.Enrichment;

/// <summary>
/// "the Iran-backed Houthis", "Islamic State-linked insurgents", "Hamas-run health authorities": a name glued to a word such
/// as "-backed" or "-run" is a modifier of what follows, and the name before the hyphen is what the text names. The tagger
/// takes the whole word ("Iran-backed") for a person or runs the name on into it ("Islamic State-linked"); the modifier is cut
/// off, and a listed organisation or place before it keeps the lists' type. A listed organisation that no rule found there
/// ("Hamas-run", "UN-brokered") is named, as <see cref="NameFinder.HyphenPlaces"/> names a listed place ("Istanbul-based").
/// </summary>
internal static class HyphenModifiers
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "backed", "linked", "led", "run", "based", "owned", "funded", "brokered", "allied", "aligned", "affiliated", "controlled",
        "held", "occupied", "sponsored", "supported", "listed", "registered", "headquartered", "flagged", "appointed", "designated",
        "administered", "annexed", "sanctioned", "leaning", "friendly", "dominated", "installed", "imposed", "mediated", "inspired",
        "area",
    };

    /// <summary>
    /// The name without a modifier glued to its last word ("Islamic State-linked" is "Islamic State") or after its first
    /// ("Iran-backed Houthis" is "Houthis"); null when nothing is left of it, or only a place the hyphen rule names already.
    /// </summary>
    public static EntitySpan? WithoutModifier(string text, EntitySpan name, List<EntitySpan> hyphenPlaces)
    {
        var span = name.Text.AsSpan();
        var lastSpace = span.LastIndexOf(' ');
        var last = span[(lastSpace + 1)..];
        if (ModifierAt(last) is var hyphen and > 0)
        {
            var end = name.Start + lastSpace + 1 + hyphen;
            if (IsHyphenPlace(hyphenPlaces, name.Start, end)) return null;
            var kept = text[name.Start..end];
            var entry = Lexicon.Instance.Phrases.Lookup(kept);
            // "Saudi-backed": a people's name before the modifier names no place, whatever lists hold it.
            if (entry is not null && entry.Is(GazetteerKind.Demonym)) return null;
            return Retyped(name with { End = end, Text = kept, Canonical = null, Source = name.Source + "+rule:hyphen-modifier" }, entry);
        }
        var firstSpace = span.IndexOf(' ');
        if (firstSpace > 0 && ModifierAt(span[..firstSpace]) > 0)
        {
            var start = name.Start + firstSpace + 1;
            while (start < name.End && char.IsWhiteSpace(text[start])) start++;
            if (start >= name.End || !char.IsUpper(text[start])) return null;
            return name with { Start = start, Text = text[start..name.End], Canonical = null, Source = name.Source + "+rule:hyphen-modifier" };
        }
        return name;
    }

    /// <summary>The listed organisations before a modifier in tokens [start, end) that no name in <paramref name="names"/> covers.</summary>
    public static void AddListedOrganizations(string text, List<Token> tokens, int start, int end, List<EntitySpan> names, int namesFrom)
    {
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (ModifierAt(token.Text) is not (var hyphen and > 0)) continue;
            var organization = token.Text[..hyphen];
            if (Lexicon.Instance.Phrases.Lookup(organization) is not { } entry || !entry.Is(GazetteerKind.KnownOrganization)
                || Covered(names, namesFrom, token.Start, token.Start + hyphen)) continue;
            names.Add(new EntitySpan(token.Start, token.Start + hyphen, organization, EntityTypes.Organization, "gazetteer+rule:hyphen") { Canonical = entry.Canonical });
        }
    }

    // Where the modifier's hyphen stands in a word such as "Iran-backed" (a capital before it, a listed modifier after it), or -1.
    private static int ModifierAt(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen + 1 >= word.Length || !Modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[(hyphen + 1)..])) return -1;
        foreach (var c in word[..hyphen])
            if (char.IsUpper(c)) return hyphen;
        return -1;
    }

    private static bool IsHyphenPlace(List<EntitySpan> hyphenPlaces, int start, int end)
    {
        foreach (var place in hyphenPlaces)
            if (place.Start <= start && end <= place.End) return true;
        return false;
    }

    private static bool Covered(List<EntitySpan> names, int from, int start, int end)
    {
        for (var k = from; k < names.Count; k++)
            if (names[k].Start < end && start < names[k].End) return true;
        return false;
    }

    // What is left keeps the lists' type where they know it: "Islamic State-linked" was a person to the tagger.
    private static EntitySpan Retyped(EntitySpan name, GazetteerEntry? entry)
    {
        if (entry is null) return name;
        if (entry.Is(GazetteerKind.KnownOrganization)) return name with { Type = EntityTypes.Organization, Canonical = entry.Canonical };
        if (entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region)) return name with { Type = EntityTypes.Location, CountryCode = entry.CountryCode };
        return name;
    }
}
