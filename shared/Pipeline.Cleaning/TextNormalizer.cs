using System.Text;

namespace Pipeline.Cleaning;

/// <summary>NFC, no soft hyphens or zero-width spaces, single spaces, blank line between blocks.</summary>
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
        foreach (var c in block)
        {
            // The zero-width (non-)joiners stay: they spell words in Persian and the Indic scripts
            // ("سانتی‌متر"), and without them two words run into one.
            if (c is '\u00AD' or '\u200B' or '\u2060' or '\uFEFF') continue;
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
}
