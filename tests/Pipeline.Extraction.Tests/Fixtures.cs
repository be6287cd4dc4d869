using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MimeKit;
using PdfPageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pipeline.Extraction.Tests;

/// <summary>Small documents the tests build themselves: every fixture is written here, none is copied.</summary>
internal static class Fixtures
{
    public static ExtractionResult Extract(byte[] bytes, string? fileName = null, string? contentType = null, ExtractionOptions? options = null) =>
        new DocumentExtractor(options).Extract(bytes, fileName, contentType);

    public static ExtractionException Refusal(byte[] bytes, string? fileName = null, string? contentType = null, ExtractionOptions? options = null) =>
        Assert.Throws<ExtractionException>(() => Extract(bytes, fileName, contentType, options));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A PDF whose paragraphs are two lines each, with a wide gap between paragraphs.</summary>
    public static byte[] Pdf(string? title, params string[][] paragraphs)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null) builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = "Mira Okafor";
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PdfPageSize.A4);
        var y = 780.0;
        foreach (var lines in paragraphs)
        {
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(60, y), font);
                y -= 14;
            }
            y -= 30;
        }
        return builder.Build();
    }

    /// <summary>One line of a laid-out PDF page: its text, its size in points, and its baseline from the top of an A4 page.</summary>
    public sealed record PrintedLine(string Text, double Size, double FromTop);

    /// <summary>
    /// A PDF laid out as a printed article: every page gets the running header at its top and the
    /// footer at its bottom ("{0}" is the page number, "{1}" the page count), then its lines.
    /// </summary>
    public static byte[] PrintedPdf(string? header, string? footer, string? propertiesTitle, params PrintedLine[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        if (propertiesTitle is not null) builder.DocumentInformation.Title = propertiesTitle;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < pages.Length; p++)
        {
            var page = builder.AddPage(PdfPageSize.A4);
            var height = page.PageSize.Height;
            if (header is not null) page.AddText(string.Format(header, p + 1, pages.Length), 8, new PdfPoint(60, height - 28), font);
            foreach (var line in pages[p]) page.AddText(line.Text, line.Size, new PdfPoint(60, height - line.FromTop), font);
            if (footer is not null) page.AddText(string.Format(footer, p + 1, pages.Length), 8, new PdfPoint(280, 30), font);
        }
        return builder.Build();
    }

    /// <summary>Body lines of 11 points from <paramref name="fromTop"/> down, 14 points apart; an empty string leaves a paragraph gap.</summary>
    public static PrintedLine[] BodyLines(double fromTop, params string[] lines)
    {
        var laid = new List<PrintedLine>();
        foreach (var line in lines)
        {
            if (line.Length == 0) { fromTop += 30; continue; }
            laid.Add(new PrintedLine(line, 11, fromTop));
            fromTop += 14;
        }
        return [.. laid];
    }

    /// <summary>A PDF with a page but nothing written on it, like a scan without OCR.</summary>
    public static byte[] PdfWithoutText()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PdfPageSize.A4).DrawRectangle(new PdfPoint(50, 50), 200, 300);
        return builder.Build();
    }

    /// <summary>A DOCX built with the Open XML SDK: a Heading 1, then body paragraphs.</summary>
    public static byte[] Docx(string heading, params string[] paragraphs) => DocxTitled(null, heading, paragraphs);

    /// <summary>The same, with a title in the document's properties, as a template or an earlier draft leaves it.</summary>
    public static byte[] DocxTitled(string? propertiesTitle, string heading, params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var docx = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = docx.AddMainDocumentPart();
            var body = new Body(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(heading))));
            foreach (var paragraph in paragraphs) body.Append(new Paragraph(new Run(new Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
            main.Document = new Document(body);
#pragma warning disable OOXML0001 // experimental core-properties API
            docx.PackageProperties.Creator = "Jonas Lindqvist";
            if (propertiesTitle is not null) docx.PackageProperties.Title = propertiesTitle;
            docx.PackageProperties.Created = new DateTime(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc);
#pragma warning restore OOXML0001
        }
        return stream.ToArray();
    }

    public static byte[] Email(string subject, string? text, string? html, params (string Name, string Type, byte[] Content)[] attachments)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ada Ferreira", "ada@example.org"));
        message.To.Add(new MailboxAddress("Team", "team@example.org"));
        message.Subject = subject;
        message.Date = new DateTimeOffset(2024, 5, 6, 14, 0, 0, TimeSpan.FromHours(2));
        message.MessageId = "note-42@example.org";
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        foreach (var (name, type, content) in attachments) body.Attachments.Add(name, content, ContentType.Parse(type));
        message.Body = body.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>A hand-written PDF: objects in order, a correct cross-reference table, and extra trailer entries.</summary>
    public static byte[] RawPdf(string trailerExtra, params string[] objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
