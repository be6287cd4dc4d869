namespace Pipeline.Enrichment;

/// <summary>
/// Extractive summary: the sentences that carry the most keyword weight, favouring the opening
/// (news puts the key facts first), returned in document order. Very short lines (headings,
/// bylines) and very long ones are rarely good summary sentences and are scored down. When the
/// lead opens with a dateline ("HANOI — ", "LONDON, Nov 6 (Reuters) - "), what comes before it (a standfirst that the lead
/// repeats) is left out, and the dateline is cut from the sentence.
/// </summary>
internal static partial class Summarizer
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}?(?:,\s+\p{L}{3,9}\.?\s+\d{1,2})?(?:\s+\(\p{Lu}[\p{L}. ]{0,20}\))?\s+[—–-]{1,2}\s+(?=\S)")]
    private static partial System.Text.RegularExpressions.Regex Dateline();

    public static string Summarize(string text, List<Token> tokens, IReadOnlyList<Keyword> keywords, int sentences)
    {
        var spans = SentenceSplitter.Split(text, tokens)
            .Select(r => (First: r.Start.Value, Last: r.End.Value, Start: tokens[r.Start.Value].Start, End: tokens[r.End.Value - 1].End))
            .Where(s => s.Last - s.First >= 4)
            .ToList();
        var lead = spans.Take(5).ToList().FindIndex(s => Dateline().IsMatch(text.AsSpan(s.Start, Math.Min(60, s.End - s.Start)).ToString()));
        if (lead > 0 && spans.Count - lead >= sentences) spans.RemoveRange(0, lead);
        var weights = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var keyword in keywords)
            foreach (var word in keyword.Text.Split(' '))
                weights[word] = Math.Max(weights.GetValueOrDefault(word), keyword.Score);
        var chosen = spans
            .Select((span, index) =>
            {
                var (count, sum) = (0, 0.0);
                for (var t = span.First; t < span.Last; t++)
                {
                    if (!char.IsLetterOrDigit(tokens[t].Text[0])) continue;
                    count++;
                    sum += weights.GetValueOrDefault(tokens[t].Text);
                }
                var weight = sum / Math.Sqrt(count + 1);
                var position = 1.0 / (1 + index * 0.3) + (index == 0 ? 0.5 : 0);
                var length = count < 8 || count > 60 ? 0.4 : 1.0;
                // A line that does not end like a sentence is a heading or a caption.
                var complete = tokens[span.Last - 1].Text[^1] is '.' or '!' or '?' or '”' or '"' or '’' ? 1.0 : 0.3;
                return (Index: index, Score: (weight + position) * length * complete);
            })
            .OrderByDescending(s => s.Score).ThenBy(s => s.Index)
            .Take(sentences)
            .OrderBy(s => s.Index);
        return string.Join(' ', chosen.Select(s => Flatten(text[spans[s.Index].Start..spans[s.Index].End])));
    }

    private static string Flatten(string sentence)
    {
        var flat = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var dateline = Dateline().Match(flat);
        return dateline.Success ? flat[dateline.Length..] : flat;
    }
}
