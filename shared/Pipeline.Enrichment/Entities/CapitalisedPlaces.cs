namespace Pipeline.Enrichment;

/// <summary>
/// "ROSARIO, Argentina, April 8 (...) —", "LUSAKA, November 27": a wire dateline writes the place in capitals. It is the place
/// the text names in ordinary case elsewhere ("Rosario"), or, where it does not, the place as the lists write it; an acronym
/// that no list holds in ordinary case ("USSR", "UAE") stays as it is.
/// </summary>
internal static class CapitalisedPlaces
{
    public static List<EntitySpan> Apply(List<EntitySpan> names)
    {
        List<EntitySpan>? result = null;
        for (var i = 0; i < names.Count; i++)
        {
            var span = names[i];
            if (span.Type != EntityTypes.Location || span.Canonical is not null || !IsCapitals(span.Name)) continue;
            var written = WrittenElsewhere(span.Name, names) ?? Listed(span.Name);
            if (written is null) continue;
            result ??= [.. names];
            result[i] = span with { Canonical = written };
        }
        return result ?? names;
    }

    // Letters all capitals, at least three of them in a word, no dots ("N.S.", "A.P." are abbreviations).
    private static bool IsCapitals(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
            else if (c is not (' ' or '-' or '\'')) return false;
        }
        return letters >= 3;
    }

    private static string? WrittenElsewhere(string capitals, List<EntitySpan> names)
    {
        foreach (var other in names)
            if (other.Type == EntityTypes.Location && other.Name != capitals && string.Equals(other.Name, capitals, StringComparison.OrdinalIgnoreCase))
                return other.Name;
        return null;
    }

    private static string? Listed(string capitals)
    {
        var title = NameFinder.TitleCase(capitals);
        return Lexicon.Instance.Phrases.Lookup(title) is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.City) ? title : null;
    }
}
