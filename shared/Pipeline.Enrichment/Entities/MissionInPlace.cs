namespace Pipeline.Enrichment;

/// <summary>
/// "the Egyptian Embassy in Bishkek", "Embassy of Hungary in Manila", "Philippine Consulate General in Dubai", "OSCE Programme
/// Office in Astana": a country's mission abroad, or an international body's office in a country, is named by the place it
/// sits in, and the place is part of its name. The place stays a name of its own where the text names it elsewhere. A mission
/// accredited to a body ("the United States Mission to the United Nations") is named by the body.
/// </summary>
internal static class MissionInPlace
{
    // The last word or two of a mission's name; "Office" only as a programme's, a country's or a liaison office ("the Foreign
    // Office in London" is the ministry, in its capital).
    private static readonly string[] Heads =
    [
        " Embassy", " Consulate", " Consulate General", " Consulate-General", " High Commission", " Mission", " Programme Office",
        " Program Office", " Country Office", " Liaison Office", " Representative Office", " Trade Office",
    ];

    public static List<EntitySpan> Apply(string text, List<EntitySpan> names)
    {
        if (text.IndexOf(" in ", StringComparison.Ordinal) < 0 && text.IndexOf(" to the ", StringComparison.Ordinal) < 0) return names;
        Dictionary<int, int>? byStart = null;
        List<EntitySpan>? result = null;
        for (var i = 0; i < names.Count; i++)
        {
            var mission = names[i];
            if (mission.Type != EntityTypes.Organization || !IsMission(mission.Name)) continue;
            // "the United States Mission to the United Nations", "the Permanent Mission of Ghana to the African Union": a mission
            // accredited to a body is named by the body, which stays a name of its own where the text names it elsewhere.
            if (ToBody(text, mission) is var bodyAt and > 0)
            {
                byStart ??= StartIndex(names);
                if (byStart.TryGetValue(bodyAt, out var b) && names[b].Type == EntityTypes.Organization)
                {
                    result ??= [.. names];
                    var accredited = new EntitySpan(mission.Start, names[b].End, text[mission.Start..names[b].End], EntityTypes.Organization, mission.Source + "+rule:mission-to-body");
                    result[i] = accredited;
                    result[b] = accredited;
                }
                continue;
            }
            var at = mission.End + 4;
            if (at >= text.Length || string.CompareOrdinal(text, mission.End, " in ", 0, 4) != 0) continue;
            byStart ??= StartIndex(names);
            if (!byStart.TryGetValue(at, out var p) || names[p].Type != EntityTypes.Location) continue;
            var place = names[p];
            result ??= [.. names];
            var merged = new EntitySpan(mission.Start, place.End, text[mission.Start..place.End], EntityTypes.Organization, mission.Source + "+rule:mission-in-place");
            result[i] = merged;
            result[p] = merged;
        }
        return result is null ? names : result.Distinct().ToList();
    }

    // Where the body starts after "Mission to the ", or -1.
    private static int ToBody(string text, EntitySpan mission)
    {
        if (!mission.Name.EndsWith(" Mission", StringComparison.Ordinal) && !mission.Name.StartsWith("Permanent Mission of ", StringComparison.Ordinal)) return -1;
        return string.CompareOrdinal(text, mission.End, " to the ", 0, 8) == 0 ? mission.End + 8 : -1;
    }

    private static bool IsMission(string name)
    {
        foreach (var head in Heads)
            if (name.EndsWith(head, StringComparison.Ordinal)) return true;
        // "Embassy of the Kyrgyz Republic", "Embassy of Algeria": the mission named before the country that sends it.
        return name.StartsWith("Embassy of ", StringComparison.Ordinal) || name.StartsWith("Consulate General of ", StringComparison.Ordinal)
            || name.StartsWith("High Commission of ", StringComparison.Ordinal) || name.StartsWith("Permanent Mission of ", StringComparison.Ordinal);
    }

    private static Dictionary<int, int> StartIndex(List<EntitySpan> names)
    {
        var index = new Dictionary<int, int>();
        for (var k = 0; k < names.Count; k++) index.TryAdd(names[k].Start, k);
        return index;
    }
}
