using System.Text.RegularExpressions;

namespace Pipeline.Cleaning;

/// <summary>
/// Cleans scraped plain text such as a page saved as text: site navigation at the top,
/// membership, newsletter and pricing blurbs at the bottom, the article in between.
/// Each line is classified; the article is the run from the headline to the last body paragraph.
/// </summary>
internal static partial class PlainTextCleaner
{
    public static CleanedDocument Clean(string text, string? titleHint, SourceProfile? profile)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToList();
        var removed = new List<RemovedBlock>();

        var kinds = lines.Select(Classify).ToArray();
        var firstBody = Array.FindIndex(kinds, kind => kind == LineKind.Body);
        var lastBody = Array.FindLastIndex(kinds, kind => kind == LineKind.Body);
        if (firstBody < 0)
        {
            // No paragraph reads like prose: keep whatever is not recognisably boilerplate.
            var kept = lines.Where((_, i) => kinds[i] != LineKind.Boilerplate).ToList();
            removed.AddRange(lines.Where((_, i) => kinds[i] == LineKind.Boilerplate).Select(l => new RemovedBlock(l, "boilerplate-phrase")));
            return new CleanedDocument { Title = titleHint, Text = string.Join("\n\n", kept), Removed = removed };
        }

        // Headline and standfirst: the last short, non-boilerplate lines before the first body paragraph.
        string? title = null, standfirst = null;
        var head = Enumerable.Range(0, firstBody).Where(i => kinds[i] != LineKind.Boilerplate).ToList();
        if (head.Count > 0 && LooksLikeStandfirst(lines[head[^1]]) && head.Count > 1)
        {
            standfirst = lines[head[^1]];
            title = lines[head[^2]];
        }
        else if (head.Count > 0)
        {
            title = lines[head[^1]];
        }
        title ??= titleHint;

        for (var i = 0; i < firstBody; i++)
        {
            if (lines[i] != title && lines[i] != standfirst)
                removed.Add(new RemovedBlock(lines[i], kinds[i] == LineKind.Boilerplate ? "boilerplate-phrase" : "before-article"));
        }

        var body = new List<string>();
        if (standfirst is not null) body.Add(standfirst);
        for (var i = firstBody; i <= lastBody; i++)
        {
            if (kinds[i] == LineKind.Boilerplate) removed.Add(new RemovedBlock(lines[i], "boilerplate-phrase"));
            else body.Add(lines[i]);
        }
        for (var i = lastBody + 1; i < lines.Count; i++)
            removed.Add(new RemovedBlock(lines[i], kinds[i] == LineKind.Boilerplate ? "boilerplate-phrase" : "after-article"));

        var dateline = DatelinePattern().Match(lines[firstBody]);
        return new CleanedDocument
        {
            Title = title,
            Standfirst = standfirst,
            Dateline = dateline.Success ? dateline.Groups["place"].Value : null,
            Text = string.Join("\n\n", body),
            Removed = removed,
        };
    }

    internal enum LineKind { Short, Body, Boilerplate }

    internal static LineKind Classify(string line)
    {
        if (BoilerplatePattern().IsMatch(line) || PricePattern().IsMatch(line)) return LineKind.Boilerplate;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var endsLikeProse = line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ')';
        return words >= 12 && endsLikeProse ? LineKind.Body : LineKind.Short;
    }

    private static bool LooksLikeStandfirst(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 8 && line[^1] is '.' or '?' or '!';
    }

    // Phrases that belong to the site around an article, not to the article.
    [GeneratedRegex("""
        ^(skip\s+to\b|menu$|search$|home$|sign\s+in$|log\s*in$|subscribe$|share$|advertisement$)
        |\b(already\s+a\s+(member|subscriber)|sign\s+(in|up)\b|subscribe\s+(now|today|to)|newsletters?\b|free\s+trial|
            try\s+it\s+for\s+free|cancel\s+anytime|become\s+(a\s+)?member|premium\s+membership|membership\b|
            delivered\s+straight\s+to\s+your\s+inbox|what'?s\s+included|our\s+expertise|team\s+plans|
            cookie|all\s+rights\s+reserved|privacy\s+policy|terms\s+of\s+(use|service)|follow\s+us|
            join\s+(over\s+)?[\d,]+|join\s+hundreds|join\s+the\b|premium\b|read\s+more$|related\s+(articles|stories)|
            live\s+video|special\s+events|trend\s+reports|briefing$)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex BoilerplatePattern();

    [GeneratedRegex(@"^[$€£]\s?\d[\d,.]*\s*(/|per)\s*\w+|^billed\s+(annually|monthly)", RegexOptions.IgnoreCase)]
    private static partial Regex PricePattern();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z .,'-]{1,40}?)\s*(\(\w+\)\s*)?[—–-]{1,2}\s")]
    private static partial Regex DatelinePattern();
}
