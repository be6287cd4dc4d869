using MimeKit;
using MimeKit.IO;

namespace Pipeline.Extraction;

/// <summary>
/// An e-mail (.eml, MIME) read with MimeKit: the plain-text body (else the HTML body's text),
/// the HTML body for the clean stage, headers as metadata, and attachments listed by name, type
/// and decoded size. Attachments are listed, not extracted: each is its own drop if wanted.
/// </summary>
internal static class EmailTextExtractor
{
    public static ExtractionResult Extract(ExtractionInput input)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(input.Stream);
        }
        catch (FormatException e)
        {
            throw new ExtractionException(ExtractionErrorCodes.Corrupt, $"The e-mail is not valid MIME: {e.Message}", e);
        }
        var html = message.HtmlBody;
        var plain = message.TextBody;
        var text = !string.IsNullOrWhiteSpace(plain) ? LineNormalizer.Normalize(plain).Trim()
            : html is not null ? HtmlTextExtractor.Extract(html).Text
            : string.Empty;
        var subject = string.IsNullOrWhiteSpace(message.Subject) ? null : message.Subject.Trim();
        // A message that is only attachments is still a message: its subject is its text.
        if (text.Length == 0) text = subject ?? throw new ExtractionException(ExtractionErrorCodes.NoText, "The e-mail has no body text and no subject.");
        var body = message.BodyParts.OfType<TextPart>().FirstOrDefault(p => !p.IsAttachment);
        return new ExtractionResult
        {
            Format = DocumentFormat.Email,
            MediaType = FormatSniffer.MediaTypeOf(DocumentFormat.Email),
            Encoding = body?.ContentType.Charset?.ToLowerInvariant(),
            Documents = [new ExtractedDocument
            {
                Title = subject ?? PlainTextExtractor.FirstLine(text) ?? input.FileTitle,
                Text = text,
                Html = html,
                ItemKey = string.IsNullOrWhiteSpace(message.MessageId) ? null : message.MessageId,
                Metadata = Metadata(message, subject),
            }],
        };
    }

    private static Dictionary<string, string> Metadata(MimeMessage message, string? subject)
    {
        var metadata = new Dictionary<string, string>();
        if (subject is not null) metadata["subject"] = subject;
        if (message.From.Count > 0) metadata["from"] = message.From.ToString();
        if (message.To.Count > 0) metadata["to"] = message.To.ToString();
        if (message.Cc.Count > 0) metadata["cc"] = message.Cc.ToString();
        if (message.Date != DateTimeOffset.MinValue) metadata["date"] = Iso8601.Format(message.Date);
        if (!string.IsNullOrWhiteSpace(message.MessageId)) metadata["messageId"] = message.MessageId;
        var attachments = message.Attachments.Select(Describe).ToList();
        if (attachments.Count > 0)
        {
            metadata["attachments"] = string.Join("; ", attachments);
            metadata["attachmentCount"] = attachments.Count.ToString();
        }
        return metadata;
    }

    /// <summary><c>name (type, N bytes)</c>, the size decoded (base64 inflates by a third), measured without holding the content.</summary>
    private static string Describe(MimeEntity entity)
    {
        using var measure = new MeasuringStream();
        string name;
        if (entity is MessagePart attached)
        {
            name = (attached.Message?.Subject is { Length: > 0 } s ? s : "message") + ".eml";
            attached.Message?.WriteTo(measure);
        }
        else
        {
            var part = (MimePart)entity;
            name = part.FileName ?? "unnamed";
            part.Content?.DecodeTo(measure);
        }
        return $"{name} ({entity.ContentType.MimeType}, {measure.Length} bytes)";
    }
}
