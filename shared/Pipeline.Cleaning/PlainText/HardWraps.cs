using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Cleaning.PlainText;

/// <summary>
/// Text wrapped at a fixed width (wire copy, e-mail, files written for terminals) breaks each
/// paragraph into lines of 60 to 80 characters, and the line classifier would read every piece as
/// a short line. Such a text is recognised by its lines: inside blocks separated by blank lines,
/// the lines before each block's last one nearly all come close to one width of at most 100
/// characters. Its blocks are then joined back into paragraphs, except lists and blocks with a
/// line well short of the width (a menu, an address, a poem stay as they are).
/// </summary>
internal static partial class HardWraps
{
    private const int MaxWidth = 100;
    private const int MinWidth = 30;

    public static string Unwrap(string text)
    {
        var blocks = BlankLine().Split(text.ReplaceLineEndings("\n"))
            .Select(b => b.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList())
            .Where(b => b.Count > 0)
            .ToList();
        if (blocks.Count < 3 || Width(blocks) is not { } width || HasLongLines(blocks, width)) return text;

        var output = new StringBuilder(text.Length);
        foreach (var lines in blocks)
        {
            if (output.Length > 0) output.Append("\n\n");
            if (!IsWrapped(lines, width)) { output.AppendJoin('\n', lines); continue; }
            output.Append(lines[0]);
            for (var i = 1; i < lines.Count; i++)
            {
                // "three-" + "day": a hyphen at the end of a line is the word's own; no space after it.
                if (!(lines[i - 1].EndsWith('-') && char.IsLetter(lines[i][0]))) output.Append(' ');
                output.Append(lines[i]);
            }
        }
        return output.ToString();
    }

    /// <summary>The width the text is wrapped at, or null when it is not wrapped.</summary>
    private static int? Width(List<List<string>> blocks)
    {
        var lengths = blocks.Where(b => b.Count >= 2).SelectMany(b => b.Take(b.Count - 1)).Select(l => l.Length).Order().ToList();
        if (lengths.Count < 3) return null;
        var width = lengths[(int)(lengths.Count * 0.9)];
        if (width is > MaxWidth or < MinWidth) return null;
        return lengths.Count(l => l >= width * 0.6) >= lengths.Count * 0.7 ? width : null;
    }

    // A scraped page sets its paragraphs on one line each and its menu, masthead and byline on short lines in a block
    // ("Jakarta Markets Daily" / "Home > Markets" / "Stocks  Bonds  ASEAN"): those short lines look wrapped, but the
    // paragraphs run far past the width, as no wrapped text's lines do (one or two long addresses aside).
    private static bool HasLongLines(List<List<string>> blocks, int width)
    {
        var (lines, longLines) = (0, 0);
        foreach (var line in blocks.SelectMany(b => b))
        {
            lines++;
            if (line.Length > width * 5 / 4 + 5) longLines++;
        }
        return longLines >= 2 && longLines * 20 > lines;
    }

    private static bool IsWrapped(List<string> lines, int width)
    {
        if (lines.Count < 2) return false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (LineClassifier.ListBullet().IsMatch(lines[i]) || NumberedItem().IsMatch(lines[i])) return false;
            if (i < lines.Count - 1 && lines[i].Length < width / 2) return false;
        }
        return true;
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"^\d{1,2}[.)]\s")]
    private static partial Regex NumberedItem();
}
