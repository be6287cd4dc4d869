using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Extraction;

/// <summary>One line of a PDF text block, with where it sits and how large it is set.</summary>
/// <param name="Text">The line's words joined by spaces.</param>
/// <param name="Top">Distance from the top of the page to the line's top edge, as a share of the page height (0–1).</param>
/// <param name="Bottom">Distance from the top of the page to the line's bottom edge, as a share of the page height (0–1).</param>
/// <param name="FontSize">The line's median letter size in points.</param>
internal sealed record PdfLine(string Text, double Top, double Bottom, double FontSize);

/// <summary>One text block of a PDF page, in reading order.</summary>
/// <param name="Page">Zero-based page number.</param>
internal sealed record PdfBlock(int Page, IReadOnlyList<PdfLine> Lines);

/// <summary>
/// Turns a PDF's blocks into the document's paragraphs the way a reader sees them: the page
/// furniture (running headers and footers, page numbers) goes, a paragraph that a page break cut
/// in two is one paragraph again, and the title is the headline set larger than the body on the
/// first page. Pure: PdfPig finds the blocks, this decides what they are.
/// </summary>
internal static partial class PdfLayout
{
    /// <summary>Headers and footers live in the top and bottom eighth of a page; nothing in between is furniture.</summary>
    private const double EdgeBand = 0.125;

    /// <summary>A headline is set at least this much larger than the page's body text.</summary>
    private const double HeadlineScale = 1.2;

    public sealed record Result(IReadOnlyList<string> Paragraphs, string? Headline, int FurnitureRemoved);

    public static Result Arrange(IReadOnlyList<PdfBlock> blocks, int pageCount)
    {
        var body = BodySize(blocks.SelectMany(b => b.Lines));
        var furniture = Furniture(blocks, pageCount, body);
        var paragraphs = new List<string>();
        var headline = (Size: body * HeadlineScale, Text: (string?)null);
        var lastPage = -1;
        var removed = 0;
        foreach (var block in blocks)
        {
            var lines = block.Lines.Where(l => !furniture.Contains(l)).ToList();
            removed += block.Lines.Count - lines.Count;
            var text = Paragraph(lines);
            if (text.Length == 0) continue;
            if (block.Page == blocks[0].Page && Headline(lines, headline.Size) is { } larger) headline = larger;
            if (block.Page != lastPage && paragraphs.Count > 0 && ContinuesAcrossPage(paragraphs[^1], text))
                paragraphs[^1] = Join(paragraphs[^1], text);
            else
                paragraphs.Add(text);
            lastPage = block.Page;
        }
        return new Result(paragraphs, headline.Text, removed);
    }

    /// <summary>
    /// Lines in a page's top or bottom band that are a page number ("7", "Page 7 of 12", "– 7 –",
    /// "iv"), or whose text, digits aside, comes back in the band of at least two pages and of at
    /// least two in five of them (so alternating left and right headers count too). Lines, not
    /// blocks: the layout analysis can put a header into one block with the text below it. A line
    /// set larger than the body text is a headline, not furniture, even when the running header
    /// repeats its words: a report's title page often carries the title the headers repeat.
    /// </summary>
    private static HashSet<PdfLine> Furniture(IReadOnlyList<PdfBlock> blocks, int pageCount, double body)
    {
        var edges = blocks
            .SelectMany(b => b.Lines.Select(l => (b.Page, Line: l)))
            .Where(x => (x.Line.Top < EdgeBand || x.Line.Bottom > 1 - EdgeBand) && x.Line.FontSize < body * HeadlineScale)
            .Select(x => (x.Page, x.Line, Key: FurnitureKey(x.Line.Text)))
            .ToList();
        var pagesPerKey = edges.GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Select(x => x.Page).Distinct().Count());
        var needed = Math.Max(2, (int)Math.Ceiling(pageCount * 0.4));
        return edges.Where(x => PageNumber().IsMatch(x.Line.Text) || pagesPerKey[x.Key] >= needed).Select(x => x.Line).ToHashSet();
    }

    /// <summary>Lower case, digits as '#', spaces collapsed: "Page 3 · The Ledger" and "Page 4 · The Ledger" are one key.</summary>
    private static string FurnitureKey(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c)) { if (key.Length == 0 || key[^1] != '#') key.Append('#'); }
            else if (char.IsWhiteSpace(c)) { if (key.Length > 0 && key[^1] != ' ') key.Append(' '); }
            else key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString().Trim();
    }

    /// <summary>A block's lines as one paragraph, mending words hyphenated across a line break.</summary>
    private static string Paragraph(List<PdfLine> lines)
    {
        var paragraph = new StringBuilder();
        foreach (var line in lines) Append(paragraph, line.Text);
        return paragraph.ToString();
    }

    /// <summary>
    /// The page break fell inside a sentence: the text before it stops without closing punctuation
    /// and the text after it goes on in lower case.
    /// </summary>
    private static bool ContinuesAcrossPage(string before, string after) =>
        before.Length > 0 && after.Length > 0 && char.IsLower(after[0]) && !".!?:;\"”’)]…".Contains(before[^1]);

    /// <summary>Joins two pieces of one paragraph, mending a word hyphenated across the break ("con-" + "struction").</summary>
    private static string Join(string before, string after) => Append(new StringBuilder(before), after).ToString();

    private static StringBuilder Append(StringBuilder paragraph, string piece)
    {
        if (piece.Length == 0) return paragraph;
        if (paragraph.Length > 1 && paragraph[^1] == '-' && char.IsLetter(paragraph[^2]) && char.IsLower(piece[0])) paragraph.Length--;
        else if (paragraph.Length > 0) paragraph.Append(' ');
        return paragraph.Append(piece);
    }

    /// <summary>
    /// A first-page block that opens with lines set larger than <paramref name="atLeast"/> (the
    /// largest headline so far, at first the body size times <see cref="HeadlineScale"/>) and short
    /// enough to be a headline: those lines and their size. The largest wins; on a tie, the first.
    /// </summary>
    private static (double Size, string? Text)? Headline(List<PdfLine> lines, double atLeast)
    {
        if (lines.Count == 0 || lines[0].FontSize <= atLeast) return null;
        var size = lines[0].FontSize;
        var text = Paragraph(lines.TakeWhile(l => Math.Abs(l.FontSize - size) < 0.5).ToList());
        return text.Length is >= 3 and <= 300 ? (size, text) : null;
    }

    /// <summary>The size most of the text is set in: the median line size, each line counted by its length.</summary>
    private static double BodySize(IEnumerable<PdfLine> lines) =>
        Median(lines.SelectMany(l => Enumerable.Repeat(l.FontSize, Math.Max(1, l.Text.Length / 20))).ToList());

    internal static double Median(List<double> values)
    {
        if (values.Count == 0) return 0;
        values.Sort();
        return values[values.Count / 2];
    }

    /// <summary>"7", "- 7 -", "– 7 –", "Page 7", "Page 7 of 12", "p. 7", "7 / 12", "Seite 7 von 12", and front-matter numbers "iv".</summary>
    [GeneratedRegex(@"^\s*(?:(?:(?:page|p\.|seite|pág\.?|página)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|/|von|de)\s*\d{1,4})?|(?-i:[ivxlc]{1,7}))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
