namespace Pipeline.Extraction;

/// <summary>What the bytes turned out to be, whatever the file name or content type claimed.</summary>
public enum DocumentFormat
{
    Html,
    PlainText,
    Markdown,
    Pdf,
    Docx,
    Email,
    Json,
    Feed,
}
