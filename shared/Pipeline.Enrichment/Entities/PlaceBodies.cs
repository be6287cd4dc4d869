namespace Pipeline.Enrichment;

/// <summary>
/// "the Pennsylvania House of Representatives", "the Ontario Legislature", "the Cornwall Council": a legislature, council,
/// government or police force named by its place is an organisation, though the tagger, seeing the place, took the whole
/// for one. A building or a site named so stays a place ("Kuala Lumpur Convention Centre").
/// </summary>
internal static class PlaceBodies
{
    public static List<EntitySpan> Apply(List<EntitySpan> names)
    {
        List<EntitySpan>? result = null;
        for (var i = 0; i < names.Count; i++)
        {
            var span = names[i];
            if (span.Type != EntityTypes.Location || span.Source.Contains("gazetteer", StringComparison.Ordinal) || !EndsInBody(span.Name)) continue;
            (result ??= [.. names])[i] = span with { Type = EntityTypes.Organization, CountryCode = null, Canonical = null, Source = span.Source + "+rule:place-body" };
        }
        return result ?? names;
    }

    private static bool EndsInBody(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0) return false;
        var last = name[(space + 1)..];
        return last is "Representatives" or "Legislature" or "Senate" or "Assembly" or "Parliament" or "Council" or "Government" or "Police";
    }
}
