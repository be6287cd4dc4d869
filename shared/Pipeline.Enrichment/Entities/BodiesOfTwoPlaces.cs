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
            var a = PlaceNameRule.SpanEndingAt(spans, body.First - 1);
            if (a < 0) continue;
            var place = spans[a];
            if (place.Type is not ("LOC" or "ORG") || place.Last - place.First > 3 || place.First > start && tokens[place.First - 1].Text is "between" or "Between") continue;
            if (place.Entry is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.KnownOrganization)) continue;
            // "the Home Office and ...": a first name with a body's head word is a body of its own ("NHS" heads no names, so "NHS North
            // East and North Cumbria Integrated Care Board" is one); so is a party named by one word ("the Greens and ...").
            if (place.Type == "ORG" && (OrganizationNameRule.HasStrongHead(tokens, matches, place.First, place.Last) || PartiesNamedAlone.IsPartyWord(tokens[place.First].Text))) continue;
            spans[b] = (place.First, body.Last, "ORG", body.Source + "+rule:two-places", null);
            spans.RemoveAt(a);
            b = -1;
        }
    }
}
