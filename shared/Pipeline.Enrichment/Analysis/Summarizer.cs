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

    public static string Summarize(string text, List<Token> tokens, IReadOnlyList<Keyword> keywords, int sentences) =>
        Summarize(text, tokens, SentenceSplitter.Split(text, tokens), keywords, sentences);

    /// <summary>The same, for a caller that has split the text into sentences already (<see cref="SentenceSplitter.Split"/> of these tokens).</summary>
    public static string Summarize(string text, List<Token> tokens, List<Range> split, IReadOnlyList<Keyword> keywords, int sentences)
    {
        var spans = new List<(int First, int Last, int Start, int End)>(split.Count);
        foreach (var r in split)
            if (r.End.Value - r.Start.Value >= 4) spans.Add((r.Start.Value, r.End.Value, tokens[r.Start.Value].Start, tokens[r.End.Value - 1].End));
        // The regex reads the span itself: the same input as the string cut from it.
        var lead = -1;
        for (var k = 0; k < Math.Min(5, spans.Count) && lead < 0; k++)
            if (Dateline().IsMatch(text.AsSpan(spans[k].Start, Math.Min(60, spans[k].End - spans[k].Start)))) lead = k;
        if (lead > 0 && spans.Count - lead >= sentences) spans.RemoveRange(0, lead);
        var weights = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var keyword in keywords)
            foreach (var word in keyword.Text.Split(' '))
                weights[word] = Math.Max(weights.GetValueOrDefault(word), keyword.Score);
        // Only a word with a keyword word's length and first letter can weigh anything: most are not looked up.
        var filter = new WeightFilter(weights.Keys);
        var scored = new (int Index, double Score)[spans.Count];
        for (var index = 0; index < spans.Count; index++)
        {
            var span = spans[index];
            var (count, sum) = (0, 0.0);
            for (var t = span.First; t < span.Last; t++)
            {
                var word = tokens[t].Text;
                if (!char.IsLetterOrDigit(word[0])) continue;
                count++;
                if (filter.MayHold(word)) sum += weights.GetValueOrDefault(word);
            }
            var weight = sum / Math.Sqrt(count + 1);
            var position = 1.0 / (1 + index * 0.3) + (index == 0 ? 0.5 : 0);
            var length = count < 8 || count > 60 ? 0.4 : 1.0;
            // A line that does not end like a sentence is a heading or a caption.
            var complete = tokens[span.Last - 1].Text[^1] is '.' or '!' or '?' or '”' or '"' or '’' ? 1.0 : 0.3;
            scored[index] = (index, (weight + position) * length * complete);
        }
        // Best score first, then by position; of the best, in text order. Two entries never tie on both, so the
        // unstable sort orders them as the stable OrderByDescending().ThenBy() did.
        Array.Sort(scored, static (a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : a.Index.CompareTo(b.Index);
        });
        var chosen = scored.AsSpan(0, Math.Min(Math.Max(sentences, 0), scored.Length));
        chosen.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var flattened = new string[chosen.Length];
        for (var k = 0; k < chosen.Length; k++) flattened[k] = Flatten(text.AsSpan(spans[chosen[k].Index].Start, spans[chosen[k].Index].End - spans[chosen[k].Index].Start));
        return string.Join(' ', flattened);
    }

    /// <summary>
    /// Which (first letter, length) pairs the keyword words have, compared as the weights' case-blind lookup compares:
    /// an ASCII first letter in either case. A word opening with any other character is always looked up, and so is
    /// every word when a keyword word opens with one (case folding outside ASCII is left to the lookup).
    /// </summary>
    private readonly struct WeightFilter
    {
        private readonly ulong[] _lengths;
        private readonly bool _all;

        public WeightFilter(IEnumerable<string> words)
        {
            _lengths = new ulong[26];
            foreach (var word in words)
            {
                if (word.Length == 0 || !char.IsAsciiLetter(word[0])) { _all = true; continue; }
                _lengths[(word[0] | 0x20) - 'a'] |= 1UL << Math.Min(word.Length, 63);
            }
        }

        public bool MayHold(string word) =>
            _all || word.Length == 0 || !char.IsAsciiLetter(word[0]) || (_lengths[(word[0] | 0x20) - 'a'] & (1UL << Math.Min(word.Length, 63))) != 0;
    }

    private static string Flatten(ReadOnlySpan<char> sentence)
    {
        // The words between white space (char.IsWhiteSpace), one space apart: what splitting at white space and joining
        // with spaces gave, written in one pass without the array of words.
        var buffer = sentence.Length <= 1024 ? stackalloc char[sentence.Length] : new char[sentence.Length];
        var written = 0;
        var space = false;
        foreach (var c in sentence)
        {
            if (char.IsWhiteSpace(c))
            {
                space = written > 0;
                continue;
            }
            if (space) buffer[written++] = ' ';
            space = false;
            buffer[written++] = c;
        }
        var flat = new string(buffer[..written]);
        var dateline = Dateline().Match(flat);
        return dateline.Success ? flat[dateline.Length..] : flat;
    }
}
