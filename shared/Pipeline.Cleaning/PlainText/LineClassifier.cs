using System.Text.RegularExpressions;

namespace Pipeline.Cleaning.PlainText;

/// <summary>
/// Classifies one line of scraped text: site furniture (by the shared phrase list and the
/// promo vocabulary of membership sites), running text, or a short line.
/// </summary>
internal static partial class LineClassifier
{
    public static (LineKind Kind, string? Reason) Classify(string line)
    {
        if (Pricing().IsMatch(line)) return (LineKind.Boilerplate, "pricing");
        if (ListBullet().IsMatch(line) && Words(line) <= 8) return (LineKind.Boilerplate, "link-list");
        if (Navigation().IsMatch(line)) return (LineKind.Boilerplate, "nav");
        if (StrongPromo().IsMatch(line)) return (LineKind.Boilerplate, "promo");
        if (BoilerplatePhrases.ReasonFor(line) is { } reason) return (LineKind.Boilerplate, reason);
        if (IsProse(line)) return (LineKind.Body, null);
        // Words like "membership" or "briefing" also occur in articles; only a short line is given away by them.
        return WeakPromo().IsMatch(line) ? (LineKind.Boilerplate, "promo") : (LineKind.Short, null);
    }

    public static bool IsProse(string line) => Words(line) >= 12 && EndsLikeSentence(line);

    /// <summary>A standfirst is a sentence, shorter than body text may be.</summary>
    public static bool IsSentence(string line) => Words(line) >= 8 && EndsLikeSentence(line);

    private static bool EndsLikeSentence(string line) => line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '“' or '»' or '«' or ':' or ')';

    public static int Words(string line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    [GeneratedRegex(@"^([$€£¥]\s?\d[\d,.]*|\d[\d,.]*\s?[$€£¥]|\d[\d,.]*\s?(usd|eur|gbp))\s*(/|per|a|pro)\s*\p{L}+|^billed\s+(annually|monthly|yearly)|^(monthly|annual|yearly)\s+plan\b|^jährlich\s+abgerechnet", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pricing();

    [GeneratedRegex(@"^[•·▪◦‣*–-]\s")]
    private static partial Regex ListBullet();

    [GeneratedRegex(@"^(skip\s+to\b.*|menu|menü|search|suche|home|startseite|sign\s+in|log\s*in|anmelden|subscribe|abonnieren|share|teilen|advertisement|anzeige|regions|sections|topics|newsletters?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Navigation();

    // Phrases only a membership or newsletter promo uses, whatever the line's length.
    [GeneratedRegex("""
        \b(already\s+a\s+(member|subscriber)|subscribe\s+(now|today)|free\s+trial|try\s+it\s+(for\s+)?free|cancel\s+(at\s+)?any\s*time|
           become\s+(a\s+)?member|delivered\s+straight\s+to\s+your\s+inbox|join\s+(over\s+)?[\d,.]+\s+(readers|subscribers|members|professionals)|
           join\s+(hundreds|thousands|millions)\s+of|join\s+the\s+\S+\s+most\s+notable|sign\s+up\s+for\s+(our|the)\s+\w*\s*newsletter|
           jetzt\s+abonnieren|kostenlos\s+testen|jederzeit\s+kündbar)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex StrongPromo();

    // Words of promos that articles use too: decisive on short lines only.
    [GeneratedRegex("""
        \b(premium|membership|what'?s\s+included|our\s+expertise|team\s+plans|newsletters?|briefings?|
           live\s+video|special\s+events|trend\s+reports|memos|subscribe|subscription|abo\b|abonnement)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex WeakPromo();
}
