using System.Xml;
using System.Xml.Linq;

namespace Pipeline.Extraction;

/// <summary>
/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes its own document, keyed by its guid/id
/// (else link). Read with a streaming XmlReader, one item at a time. DTDs are parsed but never
/// fetched, and entity expansion is capped (<see cref="ExtractionOptions.MaxXmlEntityCharacters"/>),
/// so an entity bomb is refused rather than expanded; old RSS 0.91 feeds with a DOCTYPE still read.
/// </summary>
internal static class FeedReader
{
    public static ExtractionResult Extract(ExtractionInput input)
    {
        var encoding = EncodingDetector.Detect(input.Stream, 0, input.DeclaredCharset, markup: true, input.Options);
        var xml = DecodedText.Read(input.Stream, encoding.BomLength, encoding.Encoding);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = input.Options.MaxXmlEntityCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var items = new List<ExtractedDocument>();
        var feed = new FeedChannel();
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            reader.MoveToContent();
            feed.Atom = reader.LocalName == "feed";
            feed.Language = reader.GetAttribute("xml:lang");
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
                switch (reader.LocalName)
                {
                    case "item" or "entry":
                        if (FeedItemReader.Read((XElement)XNode.ReadFrom(reader), feed) is { } item) items.Add(item);
                        continue;
                    case "title" when feed.Title is null && reader.Depth <= 2:
                        feed.Title = HtmlBlockWriter.Collapse(reader.ReadElementContentAsString());
                        continue;
                    case "language" when feed.Language is null && reader.Depth == 2:
                        feed.Language = reader.ReadElementContentAsString().Trim();
                        continue;
                    case "image" or "textinput" or "textInput":
                        reader.Skip(); // their <title> is not the feed's
                        continue;
                }
                reader.Read();
            }
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersFromEntities", StringComparison.Ordinal))
        {
            throw new ExtractionException(ExtractionErrorCodes.Bomb,
                $"The feed's entities expand past {input.Options.MaxXmlEntityCharacters:N0} characters (an XML entity bomb); it was not expanded.", e);
        }
        catch (XmlException e)
        {
            throw new ExtractionException(ExtractionErrorCodes.Corrupt, $"The feed is not well-formed XML: {e.Message}", e);
        }
        if (items.Count == 0)
            throw new ExtractionException(ExtractionErrorCodes.NoText, $"The feed{(feed.Title is null ? "" : $" \"{feed.Title}\"")} has no item with text.");
        return new ExtractionResult
        {
            Format = DocumentFormat.Feed,
            MediaType = feed.Atom ? "application/atom+xml" : "application/rss+xml",
            Encoding = encoding.Name,
            Documents = items,
        };
    }
}
