using System.Text;

namespace Pipeline.Cleaning.Html;

/// <summary>
/// Whether a heading repeats the page's headline. Compared word by word, ignoring case and
/// punctuation: templates put a kicker into the heading ("Rail strike Trains cancelled …" against
/// "Rail strike: Trains cancelled …"), and the title tag adds the site ("Headline | Site").
/// </summary>
internal static class Headline
{
    private const int MinChars = 20;
    private const int MaxKickerChars = 40;

    public static bool Repeats(string heading, string title)
    {
        var words = Words(heading);
        var titleWords = Words(title);
        if (words.Length == 0 || titleWords.Length == 0) return false;
        if (words == titleWords) return true;
        // The title tag adds the site's name before or after the headline: "Site | Headline", "Headline - Site".
        if (words.Length >= MinChars && (titleWords.StartsWith(words + " ", StringComparison.Ordinal) || titleWords.EndsWith(" " + words, StringComparison.Ordinal))) return true;
        return titleWords.Length >= MinChars && words.Length - titleWords.Length <= MaxKickerChars && words.Contains(titleWords, StringComparison.Ordinal);
    }

    /// <summary>
    /// A breadcrumb or a kicker run into the headline in one line ("Home Issues Prison official:
    /// 'Anyone' could escape"): the line ends with the whole headline after a few words.
    /// </summary>
    public static bool EndsWith(string line, string title)
    {
        var titleWords = Words(title);
        if (titleWords.Length < MinChars) return false;
        var words = Words(line);
        return words.Length > titleWords.Length && words.Length - titleWords.Length <= MaxKickerChars + 1 && words.EndsWith(" " + titleWords, StringComparison.Ordinal);
    }

    /// <summary>Whether <see cref="Words"/> of the text would be exactly these words, without building them.</summary>
    public static bool HasWords(string text, string words)
    {
        var at = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = at > 0;
                continue;
            }
            if (pendingSpace)
            {
                if (at >= words.Length || words[at] != ' ') return false;
                at++;
            }
            pendingSpace = false;
            if (at >= words.Length || words[at] != char.ToLowerInvariant(c)) return false;
            at++;
        }
        return at == words.Length;
    }

    /// <summary>Lower-case letters and digits, one space between runs.</summary>
    public static string Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
