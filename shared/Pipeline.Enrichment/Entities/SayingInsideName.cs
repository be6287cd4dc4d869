namespace Pipeline.Enrichment;

/// <summary>
/// "The Ministry of Education said Te Puke High School had ...": the tagger can run one name over a verb of saying into the
/// next, and no name holds "said". Such a span is two names, each of the tagger's type. And a name that ends in a job's
/// title ("Health Correspondent", "Corporate Communications Officer", "Communications Lead": a byline's or a contact line's
/// words) is no organisation.
/// </summary>
internal static class SayingInsideName
{
    private static readonly string[] Verbs = [" said ", " says ", " told ", " added ", " announced ", " warned ", " confirmed "];

    private static readonly HashSet<string> JobWords = new(StringComparer.Ordinal)
    {
        "Correspondent", "Reporter", "Editor", "Officer", "Lead", "Writer", "Columnist", "Producer", "Spokesperson", "Coordinator",
    };

    public static List<EntitySpan> Apply(string text, List<EntitySpan> names)
    {
        List<EntitySpan>? result = null;
        for (var i = 0; i < names.Count; i++)
        {
            var span = names[i];
            if (span.Type == EntityTypes.Organization && EndsInJob(span))
            {
                result ??= names.GetRange(0, i);
                continue;
            }
            var (at, length) = VerbIn(span.Text);
            if (at < 0)
            {
                result?.Add(span);
                continue;
            }
            result ??= names.GetRange(0, i);
            var end = span.Start + at;
            var rightStart = end + length;
            result.Add(span with { End = end, Text = text[span.Start..end], Canonical = null, Source = span.Source + "+rule:saying" });
            result.Add(span with { Start = rightStart, Text = text[rightStart..span.End], Canonical = null, Source = span.Source + "+rule:saying" });
        }
        return result ?? names;
    }

    // Where a verb of saying stands between two capitalised words of the span, and the length of the verb with its spaces.
    private static (int At, int Length) VerbIn(string name)
    {
        foreach (var verb in Verbs)
            if (name.IndexOf(verb, StringComparison.Ordinal) is var at and > 0 && at + verb.Length < name.Length && char.IsUpper(name[at + verb.Length]))
                return (at, verb.Length);
        return (-1, 0);
    }

    private static bool EndsInJob(EntitySpan span)
    {
        if (span.Source.Contains("gazetteer", StringComparison.Ordinal)) return false;
        var name = span.Name;
        var space = name.LastIndexOf(' ');
        return space > 0 && JobWords.Contains(name[(space + 1)..]) && !name.Contains(" of ", StringComparison.Ordinal) && !name.Contains(" for ", StringComparison.Ordinal);
    }
}
