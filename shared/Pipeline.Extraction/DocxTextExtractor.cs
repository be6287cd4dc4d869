using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Extraction;

/// <summary>
/// The body text of a DOCX (DocumentFormat.OpenXml), one block per paragraph, read with the SDK's
/// streaming reader so a large document is never held as an object tree. The zip is checked for
/// bombs first (<see cref="ZipInflationGuard"/>); the SDK refuses DTDs, so entity bombs never expand.
/// Headers, footers, footnotes, comments and tracked deletions are not body text and are left out.
/// </summary>
internal static class DocxTextExtractor
{
    public static ExtractionResult Extract(ExtractionInput input)
    {
        ZipInflationGuard.Check(input.Stream, input.Options);
        try
        {
            var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = input.Options.MaxInflatedBytes };
            using var docx = WordprocessingDocument.Open(input.Stream, false, settings);
            var main = docx.MainDocumentPart
                ?? throw new ExtractionException(ExtractionErrorCodes.Corrupt, "The DOCX has no main document part.");
            var (text, heading) = ReadBody(main);
            if (text.Length == 0) throw new ExtractionException(ExtractionErrorCodes.NoText, "The DOCX has no text in its body.");
            var properties = docx.PackageProperties;
            return input.Single(DocumentFormat.Docx, null, new ExtractedDocument
            {
                Title = Blank(properties.Title) ?? heading ?? PlainTextExtractor.FirstLine(text) ?? input.FileTitle,
                Text = text,
                Metadata = Metadata(properties),
            });
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new ExtractionException(ExtractionErrorCodes.Bomb,
                "The DOCX carries a DTD, which Word never writes and which is how XML entity bombs work; it was not expanded.", e);
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharacters", StringComparison.Ordinal))
        {
            throw new ExtractionException(ExtractionErrorCodes.Bomb, $"A DOCX part expands past {input.Options.MaxInflatedBytes:N0} characters.", e);
        }
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or FileFormatException or InvalidDataException or InvalidOperationException)
        {
            throw new ExtractionException(ExtractionErrorCodes.Corrupt, $"The DOCX is damaged: {e.Message}", e);
        }
    }

    /// <summary>Paragraphs in document order; a text box's paragraphs (nested in a run) come before the paragraph holding them.</summary>
    private static (string Text, string? Heading) ReadBody(MainDocumentPart main)
    {
        var output = new StringBuilder();
        var open = new Stack<(StringBuilder Text, string? Style)>();
        string? heading = null;
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(Paragraph))
            {
                if (reader.IsStartElement) open.Push((new StringBuilder(), null));
                else if (open.TryPop(out var paragraph))
                {
                    var block = LineNormalizer.Normalize(paragraph.Text.ToString()).Trim();
                    if (block.Length == 0) continue;
                    if (heading is null && paragraph.Style is "Title" or "Heading1") heading = block;
                    if (output.Length > 0) output.Append("\n\n");
                    output.Append(block);
                }
            }
            else if (!reader.IsStartElement || !open.TryPeek(out var current)) continue;
            else if (type == typeof(Text)) current.Text.Append(reader.GetText());
            else if (type == typeof(TabChar)) current.Text.Append('\t');
            else if (type == typeof(Break) || type == typeof(CarriageReturn)) current.Text.Append('\n');
            else if (type == typeof(ParagraphStyleId))
            {
                var style = reader.Attributes.FirstOrDefault(a => a.LocalName == "val").Value;
                open.Pop();
                open.Push((current.Text, style));
            }
        }
        return (output.ToString(), heading);
    }

#pragma warning disable OOXML0001 // The SDK marks the core-properties interface experimental; it is the only way to read them.
    private static Dictionary<string, string> Metadata(IPackageProperties properties)
    {
        var metadata = new Dictionary<string, string>();
        if (Blank(properties.Creator) is { } author) metadata["author"] = author;
        if (Blank(properties.Subject) is { } subject) metadata["subject"] = subject;
        if (Blank(properties.Keywords) is { } keywords) metadata["keywords"] = keywords;
        if (Blank(properties.Description) is { } description) metadata["description"] = description;
        if (Blank(properties.Language) is { } language) metadata["language"] = language;
        if (properties.Created is { } created) metadata["published"] = Iso8601.Format(new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)));
        if (properties.Modified is { } modified) metadata["modified"] = Iso8601.Format(new DateTimeOffset(DateTime.SpecifyKind(modified, DateTimeKind.Utc)));
        return metadata;
    }
#pragma warning restore OOXML0001

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
