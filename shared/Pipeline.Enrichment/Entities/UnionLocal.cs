using System.Text.RegularExpressions;

namespace Pipeline.Enrichment;

/// <summary>
/// "Teamsters Local 117", "Transport Workers Union Local 234", "the union's Local 85": a union's branch is named by its
/// number, and the number is part of the name. A name that ends right before "Local" and its number takes them in; a branch
/// named by "Local" and its number alone is an organisation of its own.
/// </summary>
internal static partial class UnionLocal
{
    [GeneratedRegex(@"\bLocal \d{1,5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Branch();

    public static List<EntitySpan> Apply(string text, List<EntitySpan> names)
    {
        if (text.IndexOf("Local ", StringComparison.Ordinal) < 0) return names;
        List<EntitySpan>? result = null;
        foreach (Match branch in Branch().Matches(text))
        {
            var start = branch.Index;
            var end = branch.Index + branch.Length;
            result ??= [.. names];
            // The union's name the tagger ended at "Local" or before it ("Workers Union Local", or "Teamsters", whatever type it
            // gave); it opens before "Local", so the spans inside the branch's words that go are never it.
            var union = result.Find(n => (n.End == start - 1 || n.End == start + 5) && n.Start < start);
            result.RemoveAll(n => n.Start >= start && n.End <= end);
            if (union is not null)
                result[result.IndexOf(union)] = union with { End = end, Text = text[union.Start..end], Type = EntityTypes.Organization, CountryCode = null, Canonical = null, Source = union.Source + "+rule:union-local" };
            else
            {
                var first = CapitalisedWordsBefore(text, start);
                result.RemoveAll(n => n.Start >= first && n.End <= end);
                result.Add(new EntitySpan(first, end, text[first..end], EntityTypes.Organization, "rule:union-local"));
            }
        }
        if (result is null) return names;
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return result;
    }

    // Where the capitalised words right before "Local" start ("represented by Teamsters Local 117"), up to four of them and
    // not a sentence's "The"; <paramref name="start"/> itself where there are none ("the union's Local 85").
    private static int CapitalisedWordsBefore(string text, int start)
    {
        var first = start;
        for (var words = 0; words < 4; words++)
        {
            var end = first - 1;
            if (end <= 0 || text[end] != ' ') break;
            var wordStart = end;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
            if (wordStart == end || !char.IsUpper(text[wordStart]) || text.AsSpan(wordStart, end - wordStart) is "The") break;
            first = wordStart;
        }
        return first;
    }
}
