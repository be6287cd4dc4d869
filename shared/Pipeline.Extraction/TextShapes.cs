namespace Pipeline.Extraction;

/// <summary>Cheap tests on the first kilobytes of a text that tell its format apart.</summary>
internal static class TextShapes
{
    private static readonly string[] EmailHeaders =
    [
        "from", "to", "cc", "subject", "date", "message-id", "mime-version", "received", "return-path",
        "delivered-to", "reply-to", "content-type", "x-mailer", "sender", "in-reply-to", "references",
    ];

    /// <summary>The first element's name after the XML declaration, comments and DOCTYPE (with its internal subset).</summary>
    public static string? RootElement(ReadOnlySpan<char> text)
    {
        while (true)
        {
            text = text.TrimStart();
            if (text.StartsWith("<?")) text = After(text, "?>");
            else if (text.StartsWith("<!--")) text = After(text, "-->");
            else if (text.StartsWith("<!", StringComparison.Ordinal)) text = AfterDoctype(text);
            else break;
        }
        if (!text.StartsWith("<")) return null;
        var name = text[1..];
        var end = name.IndexOfAny(" \t\r\n/>");
        return end <= 0 ? null : name[..end].ToString();
    }

    public static bool LooksLikeJson(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] is not ('{' or '[')) return false;
        var next = text[1..].TrimStart();
        return next.IsEmpty || (text[0] == '{' ? next[0] is '"' or '}' : next[0] is '{' or ']');
    }

    /// <summary>A header block of <c>Name: value</c> lines naming at least two mail headers (one when the name or type says e-mail).</summary>
    public static bool LooksLikeEmail(ReadOnlySpan<char> text, bool hinted)
    {
        var known = 0;
        var first = true;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].TrimEnd('\r');
            if (line.IsEmpty) break;
            if (first && line.StartsWith("From ", StringComparison.Ordinal)) { first = false; continue; } // mbox separator
            first = false;
            if (line[0] is ' ' or '\t') continue; // folded header
            var colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].ContainsAny(" \t")) return false;
            if (EmailHeaders.Contains(line[..colon].ToString().ToLowerInvariant())) known++;
        }
        return known >= (hinted ? 1 : 2);
    }

    public static bool LooksLikeHtml(ReadOnlySpan<char> text, bool hinted)
    {
        if (text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.Contains("<body", StringComparison.OrdinalIgnoreCase)) return true;
        if (hinted) return text.Contains('<');
        var closings = 0;
        foreach (var tag in (ReadOnlySpan<string>)["</p>", "</div>", "</li>", "</h1>", "</h2>", "</a>", "</span>", "</td>"])
            closings += Count(text, tag);
        return closings >= 2;
    }

    /// <summary>At least two kinds of Markdown syntax, one of them a heading, fence or link.</summary>
    public static bool LooksLikeMarkdown(ReadOnlySpan<char> text)
    {
        bool heading = false, fence = false, link = false, list = false, quote = false, emphasis = false;
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].TrimEnd('\r');
            var hashes = line.Length - line.TrimStart('#').Length;
            heading |= hashes is >= 1 and <= 6 && line.Length > hashes + 1 && line[hashes] == ' ';
            fence |= line.StartsWith("```") || line.StartsWith("~~~");
            link |= line.Contains("](", StringComparison.Ordinal);
            list |= line.StartsWith("- ") || line.StartsWith("* ") || line.StartsWith("+ ");
            quote |= line.StartsWith("> ");
            emphasis |= line.Contains("**", StringComparison.Ordinal) || line.Contains('`');
        }
        var kinds = (heading ? 1 : 0) + (fence ? 1 : 0) + (link ? 1 : 0) + (list ? 1 : 0) + (quote ? 1 : 0) + (emphasis ? 1 : 0);
        return (heading || fence || link) && kinds >= 2;
    }

    private static int Count(ReadOnlySpan<char> text, string value)
    {
        var count = 0;
        for (int at; (at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase)) >= 0; text = text[(at + value.Length)..]) count++;
        return count;
    }

    private static ReadOnlySpan<char> After(ReadOnlySpan<char> text, string end)
    {
        var at = text.IndexOf(end, StringComparison.Ordinal);
        return at < 0 ? [] : text[(at + end.Length)..];
    }

    /// <summary>Skips <c>&lt;!DOCTYPE ...&gt;</c>, including an internal subset in brackets.</summary>
    private static ReadOnlySpan<char> AfterDoctype(ReadOnlySpan<char> text)
    {
        var bracket = text.IndexOf('[');
        var close = text.IndexOf('>');
        if (bracket >= 0 && (close < 0 || bracket < close)) text = After(text, "]");
        return After(text, ">");
    }
}
