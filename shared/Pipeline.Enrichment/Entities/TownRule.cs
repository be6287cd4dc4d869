using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// Towns below the size of the cities list ("Budva", "Nikšić", "Labasa", "Comrat"): GeoNames places of 15,000 people or
/// more, seats of provinces and districts, and places of 1,000 or more in the countries whose local news is written in English
/// ("Whittlesey", "Crediton"), and the one-word counties, council areas and boroughs of Britain and Ireland ("Warwickshire",
/// "Gwynedd", "Offaly"), whose names are no lower-case English word, given name or surname (Data/towns.tsv, Data/local-areas.tsv).
/// The list is no feature of the tagger and names no place on its own: a town's name is a place where the words around it
/// say so, after a preposition of place ("talks in Comrat"), after a person and "of" ("Dale Wickstrom of Terrebonne",
/// "Kevin Szymanski, 41, of Dover"), joined to a place by "and" ("between Mountain Lakes and Dover"), before a noun of
/// place ("Labasa town"), alone between the bars of a site's menu ("News | Kenilworth | Bedworth | Sport", where the tagger
/// reads little), or opening a line that goes on in lower case, as the headlines of local news do ("Budva council freezes
/// building permits"), and where the tagger took it for a person or a company.
/// </summary>
internal static class TownRule
{
    private static readonly Lazy<Dictionary<string, string>> Countries = new(() =>
    {
        var towns = new Dictionary<string, string>(20_000, StringComparer.Ordinal);
        foreach (var row in EmbeddedData.Rows("towns.tsv").Concat(EmbeddedData.Rows("local-areas.tsv"))) towns.TryAdd(row[0], row[1]);
        return towns;
    });

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal,
    [
        "in", "near", "from", "at", "outside", "around", "via", "between", "towards", "toward",
    ]);

    private static readonly FrozenSet<string> PlaceNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "town", "district", "municipality", "province", "county", "region", "city", "village", "airport", "port", "council", "mayor",
        "residents", "authorities", "police",
    ]);

    // "the mayor of Tivat", "the outskirts of Labasa": a noun of place or of its people before "of".
    private static readonly FrozenSet<string> OfPlaceNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "mayor", "outskirts", "town", "city", "district", "municipality", "residents", "people", "centre", "center", "governor", "suburbs", "streets",
    ]);

    /// <summary>The ISO 3166 code of the country a listed town is in, or null when the town is not listed.</summary>
    public static string? CountryOf(string name) => Countries.Value.GetValueOrDefault(name);

    /// <summary>A listed town's name, capitalised, of four letters or more: the words <see cref="Apply"/> acts at.</summary>
    internal static bool IsTownWord(string word) => word.Length >= 4 && char.IsUpper(word[0]) && CountryOf(word) is not null;

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = start; i < end; i++)
        {
            var word = tokens[i].Text;
            // The sentence's own list matches first: an array read, where the towns are a dictionary of many thousands.
            if (word.Length < 4 || !char.IsUpper(word[0]) || matches.Single(i) is not null || !IsTownWord(word)) continue;
            var covering = Covering(spans, i);
            // Tagged alone as a person or a company: a listed town in a place's context is the town.
            if (covering >= 0)
            {
                if (spans[covering] is { Type: "PER" or "ORG", Entry: null } person && person.First == i && person.Last == i + 1 && InPlaceContext(tokens, start, end, i, spans))
                    spans[covering] = (i, i + 1, "LOC", person.Source + "+rule:town", null);
                continue;
            }
            var next = i + 1 < end ? tokens[i + 1].Text : null;
            var nextLower = next is not null && char.IsLower(next[0]);
            if (InPlaceContext(tokens, start, end, i, spans) && (next is null || !char.IsUpper(next[0]))
                || (i == start && nextLower && next!.Length > 2))
                spans.Add((i, i + 1, "LOC", "rule:town", null));
        }
    }

    // A loop, not List.FindIndex with a lambda: one capturing the token index allocates a closure and a delegate on every call.
    private static int Covering(List<NameSpan> spans, int k)
    {
        for (var s = 0; s < spans.Count; s++)
            if (spans[s].First <= k && k < spans[s].Last) return s;
        return -1;
    }

    private static bool InPlaceContext(List<Token> tokens, int start, int end, int i, List<NameSpan> spans) =>
        (i > start && Prepositions.Contains(tokens[i - 1].Text))
        || (i - 1 > start && tokens[i - 1].Text == "of" && (OfPlaceNouns.Contains(tokens[i - 2].Text) || NameFinder.SpanEndingAt(spans, i - 1, "PER") >= 0 || IsAgeBefore(tokens, start, i - 1)))
        // "between Mountain Lakes and Dover": a town joined to a place just named.
        || (i - 1 > start && tokens[i - 1].Text is "and" or "or" && NameFinder.SpanEndingAt(spans, i - 1, "LOC") >= 0)
        || (i + 1 < end && PlaceNouns.Contains(tokens[i + 1].Text))
        || NameSpanChecks.IsMenuItem(tokens, i, i + 1, start, end, menuLine: false);

    // "Luis Matos-Reyes, 29, of Dover": a person's age between commas, then the town they are from.
    private static bool IsAgeBefore(List<Token> tokens, int start, int of) =>
        of - 3 >= start && tokens[of - 1].Text == "," && tokens[of - 3].Text == "," && tokens[of - 2].Text.Length <= 3 && tokens[of - 2].Text.All(char.IsAsciiDigit);
}
