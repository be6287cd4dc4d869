using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_a_pdf_is_extracted
{
    private static readonly byte[] Report = Pdf("Quarterly orchard report",
        ["Apple harvest rose by a fifth", "compared with the year before."],
        ["Pear trees suffered from late", "frost in April."]);

    [Fact]
    public void Should_read_the_text_layer_one_block_per_paragraph()
    {
        var result = Extract(Report, "report.pdf");
        Assert.Equal(DocumentFormat.Pdf, result.Format);
        Assert.Equal("application/pdf", result.MediaType);
        Assert.Equal(
            "Apple harvest rose by a fifth compared with the year before.\n\nPear trees suffered from late frost in April.",
            result.Documents[0].Text);
    }

    [Fact]
    public void Should_keep_title_author_and_page_count()
    {
        var document = Extract(Report).Documents[0];
        Assert.Equal("Quarterly orchard report", document.Title);
        Assert.Equal("Mira Okafor", document.Metadata["author"]);
        Assert.Equal("1", document.Metadata["pages"]);
    }

    [Fact]
    public void Should_refuse_a_truncated_pdf_as_corrupt()
    {
        var error = Refusal(Report[..(Report.Length / 2)]);
        Assert.Equal(ExtractionErrorCodes.Corrupt, error.Code);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Should_refuse_a_pdf_with_damaged_structure_as_corrupt()
    {
        var damaged = Utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage ( [ << \ntrailer << /Root 1 0 R >>\n%%EOF\n");
        Assert.Equal(ExtractionErrorCodes.Corrupt, Refusal(damaged).Code);
    }

    [Fact]
    public void Should_refuse_a_password_protected_pdf_as_encrypted()
    {
        var zeros = "<" + new string('0', 64) + ">";
        var encrypted = RawPdf($"/Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]",
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O {zeros} /U {zeros} /P -4 >>");
        Assert.Equal(ExtractionErrorCodes.Encrypted, Refusal(encrypted).Code);
    }

    [Fact]
    public void Should_refuse_a_pdf_without_a_text_layer_as_no_text()
    {
        var error = Refusal(PdfWithoutText());
        Assert.Equal(ExtractionErrorCodes.NoText, error.Code);
        Assert.Contains("OCR", error.Message);
    }
}
