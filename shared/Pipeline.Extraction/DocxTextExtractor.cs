using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Pipeline.Extraction;

/// <summary>
/// The body text of a DOCX, one block per paragraph: DocumentFormat.OpenXml opens the package and
/// finds the main part, which is then streamed, so a large document is never held as an object tree. The zip is checked for
/// bombs first (<see cref="ZipInflationGuard"/>); DTDs are refused, so entity bombs never expand.
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
            var (text, heading) = ReadBody(main, input.Options.MaxInflatedBytes);
            if (text.Length == 0) throw new ExtractionException(ExtractionErrorCodes.NoText, "The DOCX has no text in its body.");
            var properties = docx.PackageProperties;
            return input.Single(DocumentFormat.Docx, null, new ExtractedDocument
            {
                // The heading readers see first: the properties' title is often a template's or an earlier draft's.
                Title = heading ?? Blank(properties.Title) ?? PlainTextExtractor.FirstLine(text) ?? input.FileTitle,
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

    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>
    /// Paragraphs in document order, read with a plain XmlReader over the part the SDK resolved:
    /// the SDK's own OpenXmlReader builds an object per element and ran at about 2 MB/s of text.
    /// DTDs are refused and the part's size is capped, as the SDK does. A text box's paragraphs
    /// (nested in a run) come before the paragraph holding them; markup-compatibility fallbacks
    /// repeat their choice's text and are skipped.
    /// </summary>
    private static (string Text, string? Heading) ReadBody(MainDocumentPart main, long maxCharacters)
    {
        var output = new StringBuilder();
        var open = new Stack<(StringBuilder Text, string? Style)>();
        string? heading = null;
        var inProperties = false;
        using var part = main.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(part, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = maxCharacters, IgnoreComments = true,
        });
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == MarkupCompatibility && reader.LocalName == "Fallback")
            {
                reader.Skip();
                continue;
            }
            var isWord = reader.NamespaceURI == Word;
            if (isWord && reader.LocalName == "p" && (reader.NodeType == XmlNodeType.EndElement || reader.IsEmptyElement))
            {
                if (reader.NodeType == XmlNodeType.Element || !open.TryPop(out var paragraph)) { reader.Read(); continue; }
                var block = LineNormalizer.Normalize(paragraph.Text.ToString()).Trim();
                if (block.Length > 0)
                {
                    if (heading is null && paragraph.Style is "Title" or "Heading1") heading = block;
                    if (output.Length > 0) output.Append("\n\n");
                    output.Append(block);
                }
            }
            else if (isWord && reader.LocalName == "pPr") inProperties = reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement;
            else if (!isWord || reader.NodeType != XmlNodeType.Element) { }
            else if (reader.LocalName == "p") open.Push((new StringBuilder(), null));
            else if (!open.TryPeek(out var current)) { }
            else if (reader.LocalName == "t")
            {
                current.Text.Append(reader.ReadElementContentAsString());
                continue;
            }
            else if (reader.LocalName == "tab" && !inProperties) current.Text.Append('\t');
            else if (reader.LocalName is "br" or "cr") current.Text.Append('\n');
            else if (reader.LocalName == "pStyle") open.Push((open.Pop().Text, reader.GetAttribute("val", Word)));
            reader.Read();
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
