namespace Pipeline.Enrichment;

/// <summary>The words of a text, lower-cased, each marked when punctuation or a line break comes
/// before it (where a keyphrase cannot continue); shared by keywords, categories and sentiment.</summary>
internal sealed class DocumentWords
{
    public DocumentWords(string text, List<Token> tokens)
    {
        // Most tokens are words: room for all of them at once, rather than growing each list step by step.
        Lower = new(tokens.Count);
        Facts = new(tokens.Count);
        Marked = new(tokens.Count);
        Surface = new(tokens.Count);
        OpensSentence = new(tokens.Count);
        Starts = new(tokens.Count);
        var breakNext = true;
        var opensNext = true;
        var lastEnd = 0;
        foreach (var token in tokens)
        {
            var c = token.Text[0];
            if (!IsWord(token))
            {
                // "parliament's national security committee": a possessive ends the phrase; "employers' association" does not.
                breakNext |= c is not ('-' or '\'' or '’') || token.Text.Length > 1;
                opensNext |= c is '.' or '!' or '?' or ':' or '"' or '“' or '«';
                continue;
            }
            var newline = text.AsSpan(lastEnd, token.Start - lastEnd).Contains('\n');
            lastEnd = token.End;
            // The word's facts hold its lower case: a word met before is not lower-cased again.
            var facts = WordFacts.Of(token.Text);
            var lower = facts.Lower;
            Facts.Add(facts);
            Lower.Add(lower);
            Surface.Add(token.Text);
            OpensSentence.Add(opensNext || newline);
            opensNext = false;
            Marked.Add((lower, breakNext || newline));
            Starts.Add(token.Start);
            breakNext = false;
        }
    }

    /// <summary>Whether a token counts as a word (it starts with a letter or digit), here and in the word count.</summary>
    public static bool IsWord(Token token) => char.IsLetterOrDigit(token.Text[0]);

    public List<string> Lower { get; }

    /// <summary>What the language guess, the categories and the sentiment read of each word (<see cref="Lower"/>'s words).</summary>
    public List<WordFacts> Facts { get; }

    public List<(string Lower, bool BreakBefore)> Marked { get; }

    /// <summary>Each word as the text writes it.</summary>
    public List<string> Surface { get; }

    /// <summary>Whether each word opens a sentence or a line (where capitals say nothing).</summary>
    public List<bool> OpensSentence { get; }

    /// <summary>
    /// A lower-cased phrase written the way the text writes it where it stands inside a sentence
    /// ("Middle Corridor", "Russian-Iraqi relations"); where the text has it only at the start of
    /// sentences, its first word is lower-cased unless the text never writes that word in lower case.
    /// A phrase the text does not hold word for word (a merged plural) stays lower case.
    /// </summary>
    public string Cased(string phrase)
    {
        // Most phrases hold no word the text ever writes with a capital: nothing to look for.
        _capitalised ??= Capitalised();
        var capitalised = _capitalised.GetAlternateLookup<ReadOnlySpan<char>>();
        var any = false;
        foreach (var word in phrase.AsSpan().SplitAny(' ', '-')) any |= capitalised.Contains(phrase.AsSpan(word));
        if (!any) return phrase;
        var cased = Cased(phrase, phrase.Split(' '));
        return (object)cased != phrase || !phrase.Contains('-') ? cased : Cased(phrase, phrase.Split(' ', '-'));
    }

    private string Cased(string phrase, string[] words)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        string? initial = null;
        for (var w = 0; w + words.Length <= Lower.Count; w++)
        {
            var match = true;
            for (var i = 0; i < words.Length && match; i++) match = string.Equals(Lower[w + i], words[i], StringComparison.Ordinal);
            if (!match) continue;
            if (OpensSentence[w]) { initial ??= Write(w); continue; }
            var form = Write(w);
            forms[form] = forms.GetValueOrDefault(form) + 1;
        }
        if (forms.Count > 0) return forms.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
        if (initial is null || NeverLower(words[0])) return initial ?? phrase;
        return string.Concat(words[0], initial.AsSpan(words[0].Length));

        string Write(int at)
        {
            var written = new System.Text.StringBuilder(phrase.Length);
            var next = 0;
            for (var i = 0; i < words.Length; i++)
            {
                if (i > 0) written.Append(phrase[next - 1]);
                written.Append(Surface[at + i]);
                next += words[i].Length + 1;
            }
            return written.ToString();
        }
    }

    private HashSet<string>? _capitalised;

    private HashSet<string> Capitalised()
    {
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        for (var w = 0; w < Lower.Count; w++)
            if (!WrittenLower(w)) capitalised.Add(Lower[w]);
        return capitalised;
    }

    // A word the text writes only with a capital, and at least once inside a sentence beside a
    // lower-case word ("the Caspian port"), not only within a run of capitals ("Southern Food Corporation").
    private bool NeverLower(string word)
    {
        var proper = false;
        for (var w = 0; w < Lower.Count; w++)
        {
            if (!string.Equals(Lower[w], word, StringComparison.Ordinal)) continue;
            if (WrittenLower(w)) return false;
            if (OpensSentence[w]) continue;
            proper |= (w > 0 && IsLower(w - 1)) || (w + 1 < Lower.Count && IsLower(w + 1));
        }
        return proper;

        bool IsLower(int at) => WrittenLower(at) && char.IsLetter(Surface[at][0]);
    }

    private bool WrittenLower(int w) => string.Equals(Lower[w], Surface[w], StringComparison.Ordinal);

    /// <summary>Where each word starts in the text, to tell which words belong to an entity's mention.</summary>
    public List<int> Starts { get; }
}
