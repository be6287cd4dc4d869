using System.Text.RegularExpressions;

namespace Pipeline.Enrichment;

/// <summary>
/// Spanish, Portuguese and French names hold lower-case particles: "San Juan de Lurigancho",
/// "Villa María del Triunfo", "Defensoría del Pueblo". The tagger stops at the particle and
/// guesses each half on its own; two names with only "de", "del", "de la", "do", "da" or "dos"
/// between them are one name. It is an organisation when it opens with an organisation's head
/// word ("Banco de la Nación"), a place when it opens with a place word ("Salar de Maricunga") or
/// either half is one (unless a person's given names come before one word: "João Pedro dos Santos"), else what the first half is.
/// </summary>
internal static partial class ParticleJoin
{
    public static List<EntitySpan> Apply(string text, List<EntitySpan> spans)
    {
        if (spans.Count < 2) return Retyped(spans);
        var ordered = InTextOrder(spans);
        var joined = new List<EntitySpan>(ordered.Count);
        foreach (var span in ordered)
        {
            if (joined.Count > 0 && joined[^1] is var last && IsName(last) && IsName(span) && span.Start > last.End
                && Gap().IsMatch(text.AsSpan(last.End, span.Start - last.End)))
            {
                // "João Pedro" + "dos" + "Santos": a person's given names, a particle and one word are the person, though a
                // city bears the surname.
                var type = OpensWithHead(last.Text) ? EntityTypes.Organization
                    : OpensWithPlaceWord(last.Text) ? EntityTypes.Location
                    : last.Type == EntityTypes.Person && !span.Text.Contains(' ') ? EntityTypes.Person
                    : last.Type == EntityTypes.Location || span.Type == EntityTypes.Location ? EntityTypes.Location : last.Type;
                joined[^1] = new EntitySpan(last.Start, span.End, text[last.Start..span.End], type, last.Source + "+rule:particle") { AfterWord = last.AfterWord };
                continue;
            }
            // "Gwilym" + "ap" + "Rhys", "Samson Kiprotich" + "arap" + "Too": the Welsh and Kalenjin "son of" between two names joins
            // them into one person, whatever the tagger took the given name for.
            if (joined.Count > 0 && joined[^1] is var given && IsName(given) && span.Type == EntityTypes.Person && span.Start > given.End
                && SonOf().IsMatch(text.AsSpan(given.End, span.Start - given.End)))
            {
                joined[^1] = new EntitySpan(given.Start, span.End, text[given.Start..span.End], EntityTypes.Person, given.Source + "+rule:particle") { AfterWord = given.AfterWord };
                continue;
            }
            // "Defensoría del Pueblo": a head word no one took for a name, then the particle, then the name.
            if (IsName(span) && AfterParticle(text, span.Start) && HeadBefore().Match(text[Math.Max(0, span.Start - 40)..span.Start]) is { Success: true } head
                && OpensWithHead(head.Value) && (joined.Count == 0 || joined[^1].End <= span.Start - head.Length))
            {
                var start = span.Start - head.Length;
                joined.Add(new EntitySpan(start, span.End, text[start..span.End], EntityTypes.Organization, span.Source + "+rule:particle") { AfterWord = span.AfterWord });
                continue;
            }
            joined.Add(span);
        }
        return Retyped(joined);
    }

    // "Banco de la Nación" read as a person: an organisation's head word opens it; "Salar de Maricunga"
    // and "Lago de Atitlán" are places.
    private static List<EntitySpan> Retyped(List<EntitySpan> spans) =>
        spans.Select(s => s.Type == EntityTypes.Person && s.Text.Contains(' ') && Inside().IsMatch(s.Text)
            ? OpensWithHead(s.Text) ? s with { Type = EntityTypes.Organization, Source = s.Source + "+rule:particle" }
            : OpensWithPlaceWord(s.Text) ? s with { Type = EntityTypes.Location, Source = s.Source + "+rule:particle" } : s
            : s).ToList();

    // The spans by start, those that start together in the order given (as a stable OrderBy): most lists come sorted already.
    private static List<EntitySpan> InTextOrder(List<EntitySpan> spans)
    {
        var sorted = true;
        for (var k = 1; k < spans.Count && sorted; k++) sorted = spans[k - 1].Start <= spans[k].Start;
        if (sorted) return spans;
        var keys = new long[spans.Count];
        var items = spans.ToArray();
        for (var k = 0; k < keys.Length; k++) keys[k] = ((long)items[k].Start << 32) | (uint)k;
        Array.Sort(keys, items);
        return [.. items];
    }

    // Whether the text before a name ends in a particle and white space, as HeadBefore needs: a few characters read here spare
    // nearly every name a substring and a regular expression run.
    private static bool AfterParticle(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == start) return false;
        var word = end;
        while (word > 0 && !char.IsWhiteSpace(text[word - 1])) word--;
        return word > 0 && text.AsSpan(word, end - word) is "de" or "del" or "la" or "los" or "las" or "do" or "da" or "dos" or "das";
    }

    // Words that open the names of places in Spanish and Portuguese: salt flats, lakes, rivers, hills, islands, bays.
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "Salar", "Lago", "Laguna", "Lagoa", "Río", "Rio", "Cerro", "Sierra", "Serra", "Isla", "Islas", "Ilha", "Bahía", "Baía", "Valle",
        "Volcán", "Cabo", "Golfo", "Península", "Provincia", "Departamento", "Región", "Parque", "Puerto", "Porto", "Villa", "Ciudad", "Cidade",
    };

    private static bool OpensWithPlaceWord(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && PlaceWords.Contains(name[..space]);
    }

    private static bool IsName(EntitySpan span) => span.Type is EntityTypes.Person or EntityTypes.Organization or EntityTypes.Location;

    private static bool OpensWithHead(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Lexicon.Instance.Phrases.Lookup(name[..space]) is { } entry && entry.Is(GazetteerKind.OrganizationHead);
    }

    // A capitalised word and a particle right before a name.
    [GeneratedRegex(@"\p{Lu}\p{Ll}+\s+(de|del|de\s+la|de\s+los|de\s+las|do|da|dos|das)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadBefore();

    // Only a particle between two names: "San Juan | de | Lurigancho".
    [GeneratedRegex(@"^\s+(de|del|de\s+la|de\s+los|de\s+las|do|da|dos|das)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex Gap();

    [GeneratedRegex(@"^\s+(ap|ab|arap)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex SonOf();

    [GeneratedRegex(@"\s(de|del|de\s+la|do|da|dos)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Inside();
}
