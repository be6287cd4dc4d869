using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;

namespace Pipeline.Benchmarks;

/// <summary>Benchmark inputs the team generates: varied sentences, no copied text.</summary>
public static class ExtractionInputs
{
    private static readonly string[] Words =
    [
        "river", "council", "harvest", "engine", "lantern", "meadow", "signal", "copper", "quarry", "ledger", "orchard",
        "tunnel", "weather", "station", "garden", "market", "bridge", "archive", "vessel", "timber", "winter", "summit",
    ];

    /// <summary>A sentence of 8–16 words, deterministic for a given index.</summary>
    public static string Sentence(int index)
    {
        var random = new Random(index);
        var words = Enumerable.Range(0, random.Next(8, 17)).Select(_ => Words[random.Next(Words.Length)]).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words) + ".";
    }

    public static string Paragraph(int index) => string.Join(' ', Enumerable.Range(index * 5, 5).Select(Sentence));

    /// <summary>An article page with navigation, scripts, headings, paragraphs and lists, about <paramref name="bytes"/> long.</summary>
    public static byte[] Html(int bytes)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Benchmark page</title>")
            .Append("<script>window.analytics = { id: 42 };</script><style>body { margin: 0 }</style></head><body>")
            .Append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav><main><article>");
        for (var i = 0; html.Length < bytes; i++)
        {
            if (i % 10 == 0) html.Append("<h2>").Append(Sentence(i)).Append("</h2>");
            html.Append("<p>").Append(Paragraph(i)).Append(" <a href=\"/more\">More</a> and <b>bold</b> words.</p>");
            if (i % 7 == 0) html.Append("<ul><li>").Append(Sentence(i + 1)).Append("</li><li>").Append(Sentence(i + 2)).Append("</li></ul>");
        }
        return Encoding.UTF8.GetBytes(html.Append("</article></main></body></html>").ToString());
    }

    /// <summary>A text PDF of <paramref name="pages"/> pages, 45 lines each, paragraphs every five lines.</summary>
    public static byte[] Pdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(PdfPageSize.A4);
            var y = 800.0;
            for (var line = 0; line < 45; line++)
            {
                page.AddText(Sentence(p * 100 + line), 10, new PdfPoint(50, y), font);
                y -= line % 5 == 4 ? 26 : 13;
            }
        }
        return builder.Build();
    }

    /// <summary>A DOCX with a heading every ten paragraphs.</summary>
    public static byte[] Docx(int paragraphs)
    {
        using var stream = new MemoryStream();
        using (var docx = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            for (var i = 0; i < paragraphs; i++)
            {
                if (i % 10 == 0)
                    body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }), new Run(new Text(Sentence(i)))));
                body.Append(new Paragraph(new Run(new Text(Paragraph(i)) { Space = SpaceProcessingModeValues.Preserve })));
            }
            docx.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>Writes a text, Markdown or HTML file of exactly <paramref name="bytes"/> bytes, a paragraph at a time.</summary>
    public static void WriteLarge(string path, string kind, long bytes)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var header = kind == "html" ? "<!DOCTYPE html><html><head><title>Large</title></head><body>" : kind == "markdown" ? "# Large file\n\n" : "Large file\n\n";
        file.Write(Encoding.UTF8.GetBytes(header));
        for (var i = 0; file.Length < bytes; i++)
        {
            var paragraph = kind switch
            {
                "html" => $"<p>{Paragraph(i % 5000)}</p>\n",
                "markdown" => i % 10 == 0 ? $"## {Sentence(i % 5000)}\n\n" : $"{Paragraph(i % 5000)} *emphasis*\n\n",
                _ => Paragraph(i % 5000) + "\n\n",
            };
            var chunk = Encoding.UTF8.GetBytes(paragraph);
            file.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - file.Length));
        }
    }
}
