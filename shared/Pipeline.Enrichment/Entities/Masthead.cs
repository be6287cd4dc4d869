namespace Pipeline.Enrichment;

/// <summary>
/// A scraped page opens with its masthead set in capitals ("DANUBE LEDGER", "THE NILE CURRENT", "WAFER &amp; WIRE"), over its
/// menu; the tagger reads no name in capitals. Where the text writes the same words in ordinary case elsewhere ("© 2026
/// Danube Ledger Media SRL", "told the Danube Ledger"), the masthead is that name: one more mention of it where the rules
/// found it, else an organisation, as the publisher is, or the country over a state's letterhead ("REPUBLIC OF ZAMBIA"). Only the first three lines are looked at, and only two to five
/// words in capitals with nothing else on the line.
/// </summary>
internal static class Masthead
{
    private const int Lines = 3;

    public static List<EntitySpan> Apply(string text, List<EntitySpan> names)
    {
        var lineStart = 0;
        for (var line = 0; line < Lines && lineStart < text.Length; lineStart = NextLine(text, lineStart))
        {
            var lineEnd = text.IndexOf('\n', lineStart) is var n and >= 0 ? n : text.Length;
            var words = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (words.IsEmpty) continue;
            line++;
            if (!IsCapitalsName(words)) continue;
            var start = text.IndexOf(words[0], lineStart);
            var end = start + words.Length;
            var bare = words.StartsWith("THE ") ? words[4..] : words;
            if (WrittenElsewhere(text, bare.ToString(), end) is not { } written) continue;
            var bareStart = end - bare.Length;
            // The words the rules made of the capitals ("DANUBE" a place) go: the line is one name.
            var kept = names.FindAll(n => n.End <= lineStart || n.Start >= lineEnd);
            // The outlet a publisher's line names ("El Faro Andino is a publication of ...") is a body, whatever its first mention is.
            var type = (names.Exists(n => n.Name == written && n.Source.EndsWith("+rule:publisher", StringComparison.Ordinal)) ? EntityTypes.Organization : null)
                ?? names.Find(n => n.Name == written && n.Start >= lineEnd)?.Type ?? (IsState(written) ? EntityTypes.Location : EntityTypes.Organization);
            kept.Add(new EntitySpan(bareStart, end, text[bareStart..end], type, "rule:masthead") { Canonical = written });
            kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            return kept;
        }
        return names;
    }

    // "REPUBLIC OF ZAMBIA" over a release: a state's formal name is the country.
    private static bool IsState(string name) =>
        name.IndexOf(" of ", StringComparison.Ordinal) is var of and > 0
        && Lexicon.Instance.Phrases.Lookup(name[(of + 4)..]) is { } entry && entry.Is(GazetteerKind.Country)
        && name[..of] is "Republic" or "Kingdom" or "State" or "United Republic" or "Federal Republic" or "Democratic Republic";

    private static int NextLine(string text, int from) => text.IndexOf('\n', from) is var n and >= 0 ? n + 1 : text.Length;

    // Two to five words of capitals, "&" or a hyphen between them, and nothing else: no digit, no sentence's stop.
    private static bool IsCapitalsName(ReadOnlySpan<char> words)
    {
        var count = 1;
        var letters = 0;
        foreach (var c in words)
        {
            if (c == ' ') count++;
            else if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
            else if (c is not ('&' or '-' or '\'')) return false;
        }
        return count is >= 2 and <= 5 && letters >= 4;
    }

    // The same words after the masthead, written with small letters and opening with a capital ("Danube Ledger"), as written.
    private static string? WrittenElsewhere(string text, string capitals, int from)
    {
        for (var at = text.IndexOf(capitals, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(capitals, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var written = text.AsSpan(at, capitals.Length);
            var after = at + capitals.Length;
            if (char.IsUpper(written[0]) && written.ContainsAnyInRange('a', 'z') && (at == 0 || !char.IsLetter(text[at - 1])) && (after >= text.Length || !char.IsLetter(text[after])))
                return written.ToString();
        }
        return null;
    }
}
