using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "Redcar and Cleveland Borough Council", "North Tees and Hartlepool NHS Foundation Trust", "Devon and Cornwall Police": a
/// British council, health trust, board or police force named by two places joined by "and" is one body, though the tagger
/// reads the first place as a name of its own. Not after "between" ("talks between Leeds and Kent County Council"), nor when
/// the first name is a country or a listed body ("the Home Office and Kent County Council").
/// </summary>
internal static class BodiesOfTwoPlaces
{
    private static bool IsBodyWord(string word) => word is "Council" or "Trust" or "Board" or "Police" or "Constabulary";

    public static void Apply(List<Token> tokens, int start, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var b = 0; b < spans.Count; b++)
        {
            var body = spans[b];
            if (body.Type != "ORG" || body.Entry is not null || !IsBodyWord(tokens[body.Last - 1].Text) || body.First - 2 < start || tokens[body.First - 1].Text != "and") continue;
            var a = -1;
            for (var k = 0; k < spans.Count; k++)
                if (spans[k].Last == body.First - 1) a = k;
            if (a < 0) continue;
            var place = spans[a];
            if (place.Type is not ("LOC" or "ORG") || place.Last - place.First > 3 || place.First > start && tokens[place.First - 1].Text is "between" or "Between") continue;
            if (place.Entry is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.KnownOrganization)) continue;
            // "Labour and Kent County Council": a party named by one word is a body of its own.
            if (place.Type == "ORG" && (HasHead(tokens, matches, place.First, place.Last) || PartiesNamedAlone.IsPartyWord(tokens[place.First].Text))) continue;
            spans[b] = (place.First, body.Last, "ORG", body.Source + "+rule:two-places", null);
            spans.RemoveAt(a);
            b = -1;
        }
    }

    // "NHS North East" keeps "NHS": a body's head word in the first name makes it a body of its own, unless it is the service's name.
    private static bool HasHead(List<Token> tokens, GazetteerMatches matches, int first, int last)
    {
        for (var k = first; k < last; k++)
            if (tokens[k].Text != "NHS" && OrganizationNameRule.IsStrongHead(tokens[k].Text, matches.Single(k))) return true;
        return false;
    }
}
