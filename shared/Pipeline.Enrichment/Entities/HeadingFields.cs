namespace Pipeline.Enrichment;

/// <summary>
/// The headline and the standfirst name entities too, often ones the body only implies: "South
/// Korea's Yoon meets Japan's Kishida" over a body that says "South Korean" and "Japanese". News APIs
/// draw entities from title and body alike, and so does a reader marking up the article. They are
/// recognised in front of the text (title, blank line, standfirst, blank line, byline, blank line, text), so the tagger
/// reads the headline as it reads a paragraph; each mention is then put back in its own field.
/// Left out: a title that is only the file's name, a title or standfirst the text already holds (no
/// mention twice), and a headline in title case or capitals, where every word is capitalised and
/// would look like a name; a heading in title case that names a speaker ("Speech by ...") is read for people only.
/// </summary>
internal sealed partial class HeadingFields
{
    private const string Break = "\n\n";

    // A byline names a few people; a longer "author" is some other text a page put there.
    private const int MaxAuthorLength = 120;

    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "as", "from",
        "into", "onto", "over", "via", "vs", "per", "off", "up", "than",
    };

    private readonly List<(string Field, int Start, int End)> _parts = [];

    // The title is in title case and read only for the speaker it names.
    private bool _peopleOnlyTitle;

    // "Speech by", "Remarks by", "Keynote Address by", "Statement by the Minister ...": a heading that names whose words follow.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\p{Lu}\p{Ll}+\s+)?(Speech|Remarks|Address|Statement|Lecture|Message|Interview|Toast|Briefing)\s+(by|of|from|with)\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpeakerHeading();

    private HeadingFields() { }

    /// <summary>What goes in front of the text; empty when no field is read with it.</summary>
    public string Prefix { get; private set; } = string.Empty;

    public static HeadingFields Of(string text, string? title, string? standfirst, string? fileName, string? author = null)
    {
        var fields = new HeadingFields();
        var prefix = new System.Text.StringBuilder();
        if (Readable(title, text) && !IsFileName(title!, fileName))
        {
            // "Speech by Deputy Prime Minister and Minister of Foreign Affairs Radosław Sikorski at the Lennart Meri Conference":
            // a heading in title case that says whose words follow is read for that person only.
            fields._peopleOnlyTitle = IsCapitalisedThroughout(title!);
            if (!fields._peopleOnlyTitle || SpeakerHeading().IsMatch(title!)) fields.Add(prefix, Mention.InTitle, title!.Trim());
        }
        if (Readable(standfirst, text) && !string.Equals(standfirst!.Trim(), title?.Trim(), StringComparison.Ordinal))
            fields.Add(prefix, Mention.InStandfirst, standfirst.Trim());
        // The byline the cleaner took off the text, read as the line it was ("By Ana Ruiz and Tom Lee"), so the byline rule names its people.
        if (Readable(author, text) && author!.Trim() is { Length: <= MaxAuthorLength } names && !names.Contains('\n'))
            fields.Add(prefix, Mention.InAuthor, names, lead: "By ");
        fields.Prefix = prefix.ToString();
        return fields;
    }

    /// <summary>The prefix and the text, as one string to recognise entities in.</summary>
    public string Compose(string text) => Prefix.Length == 0 ? text : Prefix + text;

    /// <summary>The tokens of <see cref="Compose"/>, from the text's own: a blank line ends every token, so the text's tokens only move.</summary>
    public List<Token> Compose(List<Token> textTokens)
    {
        if (Prefix.Length == 0) return textTokens;
        var tokens = Tokenizer.Tokenize(Prefix);
        tokens.Capacity = tokens.Count + textTokens.Count;
        foreach (var token in textTokens) tokens.Add(new Token(token.Start + Prefix.Length, token.End + Prefix.Length, token.Text));
        return tokens;
    }

    /// <summary>Offsets back from the composed string to the field each mention is in; a mention across two fields is dropped.</summary>
    public IReadOnlyList<Entity> Restore(IReadOnlyList<Entity> entities)
    {
        if (Prefix.Length == 0) return entities;
        var restored = new List<Entity>(entities.Count);
        foreach (var entity in entities)
        {
            var mentions = new List<Mention>(entity.Mentions.Count);
            foreach (var m in entity.Mentions)
            {
                if (m.Start >= Prefix.Length) mentions.Add(m with { Start = m.Start - Prefix.Length, End = m.End - Prefix.Length });
                // A byline names people: what else was read in it ("By Staff Reporter") is no mention.
                else if (_parts.Find(p => p.Start <= m.Start && m.End <= p.End) is { Field: not null } part && (!IsPeopleOnly(part.Field) || entity.Type == EntityTypes.Person))
                    mentions.Add(m with { Start = m.Start - part.Start, End = m.End - part.Start, Field = part.Field });
            }
            if (mentions.Count > 0) restored.Add(entity with { Mentions = mentions });
        }
        return restored;
    }

    // The byline names people only, and so does a title in title case that names a speaker.
    private bool IsPeopleOnly(string field) => field == Mention.InAuthor || (field == Mention.InTitle && _peopleOnlyTitle);

    private void Add(System.Text.StringBuilder prefix, string field, string value, string lead = "")
    {
        prefix.Append(lead);
        _parts.Add((field, prefix.Length, prefix.Length + value.Length));
        prefix.Append(value).Append(Break);
    }

    // Worth reading beside the text: words the text does not already hold. A standfirst cut short
    // by the site ("…") is compared by its opening.
    private static bool Readable(string? field, string text)
    {
        if (string.IsNullOrWhiteSpace(field)) return false;
        var value = field.Trim().TrimEnd('…', '.', ' ');
        var probe = value.Length > 80 ? value[..80] : value;
        return probe.Any(char.IsLetter) && !text.Contains(probe, StringComparison.Ordinal);
    }

    // A plain text without a headline line is titled by its file name ("nikkei-chips").
    private static bool IsFileName(string title, string? fileName) =>
        fileName is not null && string.Equals(title.Trim(), Path.GetFileNameWithoutExtension(fileName), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Tokyo Electron And Micron Deepen Hiroshima Ties" or "MICRON DEEPENS TIES": at least three
    /// words after the first, all but one in five of them capitalised (the small words of title
    /// case aside). A sentence-case headline full of names still has its verbs and nouns in lower case.
    /// </summary>
    internal static bool IsCapitalisedThroughout(string title)
    {
        var words = 0;
        var capitalised = 0;
        var first = true;
        foreach (var token in Tokenizer.Tokenize(title))
        {
            if (!char.IsLetter(token.Text[0])) continue;
            if (first) { first = false; continue; }
            if (MinorWords.Contains(token.Text) && !token.Text.All(char.IsUpper)) continue;
            words++;
            if (char.IsUpper(token.Text[0])) capitalised++;
        }
        return words >= 3 && capitalised * 5 >= words * 4;
    }
}
