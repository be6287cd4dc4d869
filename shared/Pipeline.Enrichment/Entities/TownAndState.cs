using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "Keene, N.H.", "near Hudson, Wyo.,": American news writes a town with its state's abbreviation after a comma. The abbreviation
/// is the state, a place, and the name of one to three capitalised words before the comma is a town, a place, whatever the
/// tagger read either as (a town named like a person: "Keene", "Mitchell"). A body's name before it keeps its type ("Walmart
/// Inc., Ark." is no town). "Washington, D.C." is the other way round: the capital's full name, one place, not a town and its
/// district. Where the text names "Washington" alone too, the long form is a mention of it.
/// </summary>
internal static class TownAndState
{
    /// <summary>The source of "Washington, D.C.", whose short form "Washington" is its canonical name.</summary>
    public const string CapitalAndDistrict = "rule:capital-and-district";

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = start + 2; i < end; i++)
        {
            if (tokens[i - 1].Text == "," && tokens[i].Text is "D.C." or "DC" && tokens[i - 2].Text == "Washington")
            {
                NameFinder.RemoveOverlapping(spans, i - 2, i + 1);
                spans.Add((i - 2, i + 1, "LOC", CapitalAndDistrict, matches.Longest(i - 2).Entry));
                continue;
            }
            if (tokens[i - 1].Text != "," || !IsStateAbbreviation(tokens, matches, i, out var length)) continue;
            var state = (First: i, Last: i + length);
            NameFinder.RemoveOverlapping(spans, state.First, state.Last);
            spans.Add((state.First, state.Last, "LOC", "rule:town-and-state", matches.Longest(i).Entry));
            var town = PlaceNameRule.SpanEndingAt(spans, i - 1);
            if (town < 0 || spans[town].Type == "LOC" || spans[town].Last - spans[town].First > 3) continue;
            if (spans[town].Type == "ORG" && HasBodyWord(tokens, matches, spans[town].First, spans[town].Last)) continue;
            spans[town] = spans[town] with { Type = "LOC", Source = spans[town].Source + "+rule:town-and-state" };
        }
    }

    // "N.H.", "Wyo.": a listed region that stands for a state's full name and is written with a full stop.
    private static bool IsStateAbbreviation(List<Token> tokens, GazetteerMatches matches, int i, out int length)
    {
        (length, var entry) = matches.Longest(i);
        return entry is not null && entry.Is(GazetteerKind.Region) && entry.Canonical is not null && tokens[i + length - 1].Text.EndsWith('.');
    }

    private static bool HasBodyWord(List<Token> tokens, GazetteerMatches matches, int first, int last)
    {
        for (var k = first; k < last; k++)
            if (matches.Single(k) is { } word && word.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix | GazetteerKind.KnownOrganization)) return true;
        return false;
    }
}
