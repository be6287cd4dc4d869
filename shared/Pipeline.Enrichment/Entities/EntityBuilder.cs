namespace Pipeline.Enrichment;

/// <summary>Groups linked mentions into one <see cref="Entity"/> per (type, canonical name), with
/// every mention, salience and normalised values; most salient first.</summary>
internal static class EntityBuilder
{
    public static List<Entity> Build(string text, string? title, string? standfirst, IEnumerable<EntitySpan> spans)
    {
        var groups = spans
            .GroupBy(s => (s.Type, Name: KeyOf(s)))
            .Select(g => (g.Key.Type, g.Key.Name, Spans: g.OrderBy(s => s.Start).ToList()))
            .ToList();
        var mostMentions = groups.Where(g => !IsNumeric(g.Type)).Select(g => g.Spans.Count).DefaultIfEmpty(1).Max();
        var entities = new List<Entity>(groups.Count);
        foreach (var (type, name, group) in groups)
        {
            var mentions = group.Select(s => new Mention(s.Start, s.End, s.Text)).ToList();
            var surfaces = group.Select(s => s.Name).Append(name).Distinct().ToList();
            var first = group[0];
            var country = group.Select(s => s.CountryCode).FirstOrDefault(c => c is not null) ?? CountryOf(type, name);
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
                Source = group.GroupBy(s => s.Source).OrderByDescending(s => s.Count()).First().Key,
            });
        }
        return entities.OrderByDescending(e => e.Salience).ThenBy(e => e.Mentions[0].Start).ToList();
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

    private static bool Names(string? field, List<string> surfaces) =>
        field is not null && surfaces.Exists(s => field.Contains(s, StringComparison.Ordinal));

    private static string? CountryOf(string type, string name) =>
        type is EntityTypes.Location or EntityTypes.Nationality ? Lexicon.Instance.Phrases.Lookup(name)?.CountryCode : null;

    private static bool IsCountry(string name) => Lexicon.Instance.Phrases.Lookup(name)?.Is(GazetteerKind.Country) ?? false;
}
