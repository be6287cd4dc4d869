using System.Text.RegularExpressions;

namespace Pipeline.Enrichment;

internal static partial class TextStatistics
{
    public static int CountWords(string text) => WordPattern().Count(text);

    public static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        foreach (Match match in SentenceEnd().Matches(text))
        {
            var end = match.Index + match.Length;
            if (text.AsSpan(start, end - start).Trim().Length > 0) yield return Trim(text, start, end);
            start = end;
        }
        if (start < text.Length && text.AsSpan(start).Trim().Length > 0) yield return Trim(text, start, text.Length);
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}\p{Nd}'’-]*|\p{Nd}+")]
    internal static partial Regex WordPattern();

    // A sentence ends at . ! ? (plus closing quotes) before white space and a capital or a quote,
    // or at a paragraph break. Abbreviations such as "Jan." or "Mr." are not ends.
    [GeneratedRegex(@"(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|U\.S|U\.N|Gen|Sen|Rep|Gov|Lt|Col|Prof|Inc|Corp|Ltd|Co))[.!?]+[""”’)]*(?=\s+[""“‘(]?\p{Lu})|\n\s*\n")]
    private static partial Regex SentenceEnd();
}
