namespace Pipeline.Enrichment;

/// <summary>Groups linked mentions into one <see cref="Entity"/> per (type, canonical name), with
/// every mention, salience and normalised values; most salient first.</summary>
internal static class EntityBuilder
{
    public static List<Entity> Build(string text, string? title, string? standfirst, IEnumerable<EntitySpan> spans)
    {
        // Grouped in the order each (type, name) is first met, each group in text order (a stable sort: the spans
        // come as two runs in text order, the names and the rules).
        var index = new Dictionary<(string Type, string Name), int>();
        var groups = new List<(string Type, string Name, List<EntitySpan> Spans)>();
        foreach (var span in spans)
        {
            var key = (span.Type, KeyOf(span));
            if (!index.TryGetValue(key, out var at))
            {
                index[key] = at = groups.Count;
                groups.Add((key.Type, key.Item2, []));
            }
            var list = groups[at].Spans;
            var k = list.Count;
            while (k > 0 && list[k - 1].Start > span.Start) k--;
            list.Insert(k, span);
        }
        var mostMentions = 0;
        foreach (var g in groups)
            if (!IsNumeric(g.Type) && g.Spans.Count > mostMentions) mostMentions = g.Spans.Count;
        if (mostMentions == 0) mostMentions = 1;
        var entities = new List<Entity>(groups.Count);
        foreach (var (type, name, group) in groups)
        {
            var mentions = new List<Mention>(group.Count);
            var surfaces = new List<string>();
            string? country = null;
            foreach (var s in group)
            {
                mentions.Add(new Mention(s.Start, s.End, s.Text));
                if (!surfaces.Contains(s.Name)) surfaces.Add(s.Name);
                country ??= s.CountryCode;
            }
            if (!surfaces.Contains(name)) surfaces.Add(name);
            country ??= CountryOf(type, name);
            var first = group[0];
            entities.Add(new Entity
            {
                // Dates and amounts group by their value, but are named as the text first wrote them ("$450 million").
                Text = IsNumeric(type) ? first.Name : type == EntityTypes.Location && IsCountry(name) ? OfficialForm(group, name) : name,
                Type = type,
                Mentions = mentions,
                Salience = SalienceScorer.Score(type, mentions, text.Length, mostMentions, Names(title, surfaces), Names(standfirst, surfaces)),
                Normalized = first.Normalized ?? (type == EntityTypes.Location && IsCountry(name) ? country : null),
                CountryCode = type is EntityTypes.Location or EntityTypes.Nationality ? country : null,
                Amount = first.Amount,
                Currency = first.Currency,
                Source = MostFrequentSource(group),
            });
        }
        return entities.OrderByDescending(e => e.Salience).ThenBy(e => e.Mentions[0].Start).ToList();
    }

    // The source most of the group's mentions come from; on a tie, the one met first.
    private static string MostFrequentSource(List<EntitySpan> group)
    {
        var sources = new List<(string Source, int Count)>(2);
        foreach (var span in group)
        {
            var at = 0;
            while (at < sources.Count && sources[at].Source != span.Source) at++;
            if (at == sources.Count) sources.Add((span.Source, 1));
            else sources[at] = (span.Source, sources[at].Count + 1);
        }
        var best = sources[0];
        for (var k = 1; k < sources.Count; k++)
            if (sources[k].Count > best.Count) best = sources[k];
        return best.Source;
    }

    // "the Federal Republic of Nigeria" in the letterhead, "Nigeria" in the text: a country the document names by its official
    // form as well is named by that form, as a person is by the full name the text introduces.
    private static string OfficialForm(List<EntitySpan> group, string name)
    {
        foreach (var span in group)
            if (span.Name.Length > name.Length && OfficialWords.Any(w => span.Name.Contains(w, StringComparison.Ordinal))) return span.Name;
        return name;
    }

    private static readonly string[] OfficialWords =
        ["Republic", "Kingdom", "Federation", "Sultanate", "Emirate", "Principality", "Commonwealth", "State of", "Union of", "Grand Duchy"];

    // Names group by canonical form; dates and amounts by their normalised value when they have one.
    private static string KeyOf(EntitySpan span) =>
        IsNumeric(span.Type) ? span.Normalized ?? span.Name : span.Canonical ?? span.Name;

    private static bool IsNumeric(string type) => type is EntityTypes.Date or EntityTypes.Money or EntityTypes.Percent or EntityTypes.Quantity;

    private static bool Names(string? field, List<string> surfaces)
    {
        if (field is null) return false;
        foreach (var s in surfaces)
            if (field.Contains(s, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string? CountryOf(string type, string name) =>
        type is EntityTypes.Location or EntityTypes.Nationality ? Lexicon.Instance.Phrases.Lookup(name)?.CountryCode : null;

    private static bool IsCountry(string name) => Lexicon.Instance.Phrases.Lookup(name)?.Is(GazetteerKind.Country) ?? false;
}
