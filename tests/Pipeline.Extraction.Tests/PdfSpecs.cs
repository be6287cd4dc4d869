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

/// <summary>A PDF printed as pages: what a reader skips (running headers, footers, page numbers) and what a page break cut.</summary>
public class When_a_printed_pdf_is_extracted
{
    private static readonly PrintedLine[][] FerryPages =
    [
        [new PrintedLine("Harbour board approves the ferry terminal", 18, 80),
         .. BodyLines(120,
            "The harbour board voted on Tuesday to build a ferry terminal on the",
            "eastern quay, ending three years of argument about the site.",
            "",
            "Councillor Ines Varga said the vote was close but fair, and that con-")],
        BodyLines(80,
            "struction would begin in spring if the regional government agrees",
            "to pay a third of the cost.",
            "",
            "Fishermen who use the eastern quay said they had not been asked."),
        BodyLines(80, "The terminal should open in two years."),
    ];

    private static ExtractedDocument Ferry(string? header = "The Harbour Gazette  |  Weekly edition", string? footer = "Page {0} of {1}", string? propertiesTitle = null) =>
        Extract(PrintedPdf(header, footer, propertiesTitle, FerryPages), "ferry.pdf").Documents[0];

    [Fact]
    public void Should_leave_out_running_headers_footers_and_page_numbers_and_say_so()
    {
        var document = Ferry();
        Assert.DoesNotContain("Harbour Gazette", document.Text);
        Assert.DoesNotContain("Page ", document.Text);
        Assert.StartsWith("Harbour board approves the ferry terminal\n\nThe harbour board voted", document.Text);
        Assert.EndsWith("The terminal should open in two years.", document.Text);
        Assert.Equal("6 running header, footer or page number block(s) left out", document.Metadata["pageFurniture"]);
    }

    [Fact]
    public void Should_leave_out_bare_page_numbers_even_on_a_single_page()
    {
        var document = Extract(PrintedPdf(null, "{0}", null, FerryPages[..1]), "one.pdf").Documents[0];
        Assert.DoesNotMatch(@"\n\n1$", document.Text);
        Assert.EndsWith("and that con-", document.Text);
    }

    [Fact]
    public void Should_join_a_paragraph_a_page_break_cut_and_mend_its_hyphenated_word()
    {
        var paragraphs = Ferry().Text.Split("\n\n");
        Assert.Contains("Councillor Ines Varga said the vote was close but fair, and that construction would begin in spring " +
                        "if the regional government agrees to pay a third of the cost.", paragraphs);
        // A paragraph that ends its page with a full stop stays apart from the next page's first one.
        Assert.Contains("Fishermen who use the eastern quay said they had not been asked.", paragraphs);
        Assert.Contains("The terminal should open in two years.", paragraphs);
    }

    [Fact]
    public void Should_take_the_headline_set_larger_than_the_body_as_the_title()
    {
        Assert.Equal("Harbour board approves the ferry terminal", Ferry().Title);
        Assert.Equal("Harbour board approves the ferry terminal", Ferry(propertiesTitle: "Ferry story, final").Title);
    }

    [Fact]
    public void Should_keep_a_title_page_headline_that_the_running_header_repeats()
    {
        var document = Ferry(header: "Harbour board approves the ferry terminal");
        Assert.Equal("Harbour board approves the ferry terminal", document.Title);
        Assert.StartsWith("Harbour board approves the ferry terminal\n\nThe harbour board voted", document.Text);
        Assert.Single(document.Text.Split("\n\n"), p => p == "Harbour board approves the ferry terminal");
    }

    /// <summary>One page set in one size: a first line, then two paragraphs.</summary>
    private static readonly PrintedLine[] Timetable = BodyLines(80,
        "Ferry timetable for the winter months", "",
        "Boats leave the eastern quay every hour from six in the", "morning until ten at night.", "",
        "On Sundays the first boat leaves at eight and the last", "one at nine in the evening.");

    [Theory]
    [InlineData("Microsoft Word - ferry-final.docx")]
    [InlineData("ferry_v3.indd")]
    [InlineData("Untitled")]
    public void Should_not_take_a_file_name_left_in_the_properties_as_the_title(string propertiesTitle)
    {
        var flat = Extract(PrintedPdf(null, null, propertiesTitle, Timetable), "timetable.pdf");
        Assert.Equal("Ferry timetable for the winter months", flat.Documents[0].Title);
    }

    [Fact]
    public void Should_take_the_properties_title_when_the_page_is_set_in_one_size()
    {
        var flat = Extract(PrintedPdf(null, null, "Winter ferry timetable", Timetable), "timetable.pdf");
        Assert.Equal("Winter ferry timetable", flat.Documents[0].Title);
        Assert.StartsWith("Ferry timetable for the winter months\n\nBoats leave", flat.Documents[0].Text);
        Assert.False(flat.Documents[0].Metadata.ContainsKey("pageFurniture"));
    }
}
