using System.Text;

namespace Pipeline.Cleaning;

/// <summary>NFC, no soft hyphens or zero-width characters (but a joiner inside a word), single spaces, blank line between blocks.</summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        // One NFC pass over the whole text: per block it would cost a call into ICU each.
        var blocks = text.Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n").Split("\n\n")
            .Select(NormalizeBlock)
            .Where(block => block.Length > 0);
        return string.Join("\n\n", blocks);
    }

    public static string NormalizeInline(string text) => NormalizeBlock(text.Normalize(NormalizationForm.FormC)).Replace('\n', ' ');

    private static string NormalizeBlock(string block)
    {
        var builder = new StringBuilder(block.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        for (var i = 0; i < block.Length; i++)
        {
            var c = block[i];
            if (c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF') continue;
            // The zero-width (non-)joiner inside a word stays: it spells words in Persian and the Indic
            // scripts ("سانتی‌متر"), and without it two words run into one. Anywhere else it goes.
            if (c is '\u200C' or '\u200D' && !(builder.Length > 0 && !pendingSpace && !pendingBreak && IsWordChar(builder[^1]) && i + 1 < block.Length && IsWordChar(block[i + 1]))) continue;
            if (c == '\n') { pendingBreak = true; continue; }
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (builder.Length > 0)
            {
                if (pendingBreak) builder.Append('\n');
                else if (pendingSpace) builder.Append(' ');
            }
            pendingSpace = pendingBreak = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
