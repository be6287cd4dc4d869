using System.Text.RegularExpressions;

namespace Pipeline.Enrichment;

/// <summary>
/// "Teamsters Local 117", "Transport Workers Union Local 234", "the union's Local 85": a union's branch is named by its
/// number, and the number is part of the name. A name that ends right before "Local" and its number takes them in; a branch
/// named by "Local" and its number alone is an organisation of its own. So are the numbered posts, lodges and councils of
/// veterans' and fraternal bodies ("VFW Post 9112", "American Legion Post 44", "Knights of Columbus Council 13022").
/// </summary>
internal static partial class UnionLocal
{
    [GeneratedRegex(@"\b(?:Local|Post|Lodge|Council) \d{1,5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Branch();

    public static List<EntitySpan> Apply(string text, List<EntitySpan> names)
    {
        if (text.IndexOf("Local ", StringComparison.Ordinal) < 0 && text.IndexOf("Post ", StringComparison.Ordinal) < 0
            && text.IndexOf("Lodge ", StringComparison.Ordinal) < 0 && text.IndexOf("Council ", StringComparison.Ordinal) < 0) return names;
        List<EntitySpan>? result = null;
        foreach (Match branch in Branch().Matches(text))
        {
            var start = branch.Index;
            var end = branch.Index + branch.Length;
            var word = branch.ValueSpan.IndexOf(' ');
            var kind = branch.ValueSpan[..word];
            var number = int.Parse(branch.ValueSpan[(word + 1)..]);
            // "Post 2025": a year after the word is when, not a branch's number; "the Security Council 15 times": a council's number
            // has four digits or five.
            if (kind is not "Local" && number is >= 1990 and <= 2039 || kind is "Council" && number < 1000) continue;
            result ??= [.. names];
            // The union's name the tagger ended at "Local" or before it ("Workers Union Local", or "Teamsters", whatever type it
            // gave); it opens before "Local", so the spans inside the branch's words that go are never it.
            var union = result.Find(n => (n.End == start - 1 || n.End == start + word) && n.Start < start);
            result.RemoveAll(n => n.Start >= start && n.End <= end);
            if (union is not null)
                result[result.IndexOf(union)] = union with { End = end, Text = text[union.Start..end], Type = EntityTypes.Organization, CountryCode = null, Canonical = null, Source = union.Source + "+rule:union-local" };
            // A union's branch stands alone ("the union's Local 85"); a post, lodge or council only after its body's name.
            else if (kind is "Local")
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
