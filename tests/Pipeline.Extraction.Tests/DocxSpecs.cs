using System.IO.Compression;
using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_a_docx_is_extracted
{
    private static readonly byte[] Minutes = Docx("Committee minutes", "Present: five members.", "The budget was approved without changes.");

    [Fact]
    public void Should_read_one_block_per_paragraph_and_the_heading_as_title()
    {
        var result = Extract(Minutes, "minutes.docx");
        Assert.Equal(DocumentFormat.Docx, result.Format);
        var document = result.Documents[0];
        Assert.Equal("Committee minutes\n\nPresent: five members.\n\nThe budget was approved without changes.", document.Text);
        Assert.Equal("Committee minutes", document.Title);
        Assert.Equal("Jonas Lindqvist", document.Metadata["author"]);
        Assert.Equal("2024-03-01T09:30:00Z", document.Metadata["published"]);
    }

    [Fact]
    public void Should_prefer_the_heading_readers_see_to_a_title_left_in_the_properties()
    {
        var document = Extract(DocxTitled("Minutes template (do not edit)", "Committee minutes", "Present: five members."), "minutes.docx").Documents[0];
        Assert.Equal("Committee minutes", document.Title);
    }

    [Fact]
    public void Should_take_the_properties_title_when_no_paragraph_is_styled_as_a_heading()
    {
        var plain = Rewrite(DocxTitled("Committee minutes, March", "Present: five members."), "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
            "<w:p><w:r><w:t>Present: five members.</w:t></w:r></w:p><w:p><w:r><w:t>The budget was approved.</w:t></w:r></w:p></w:body></w:document>");
        Assert.Equal("Committee minutes, March", Extract(plain, "minutes.docx").Documents[0].Title);
    }

    [Fact]
    public void Should_refuse_a_truncated_docx_as_corrupt() =>
        Assert.Equal(ExtractionErrorCodes.Corrupt, Refusal(Minutes[..(Minutes.Length / 2)]).Code);

    [Fact]
    public void Should_refuse_a_docx_with_a_broken_document_part_as_corrupt()
    {
        var broken = Rewrite(Minutes, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        Assert.Equal(ExtractionErrorCodes.Corrupt, Refusal(broken).Code);
    }

    [Fact]
    public void Should_refuse_a_zip_bomb_before_inflating_it()
    {
        // 64 MB of zeros deflates to about 64 KB: a thousandfold ratio no Word file has.
        var bomb = Rewrite(Minutes, "word/media/filler.bin", new string('\0', 64 * 1024 * 1024));
        Assert.True(bomb.Length < 1024 * 1024);
        var error = Refusal(bomb);
        Assert.Equal(ExtractionErrorCodes.Bomb, error.Code);
        Assert.Contains("filler.bin", error.Message);
    }

    [Fact]
    public void Should_refuse_a_docx_that_declares_more_than_the_inflation_limit()
    {
        var options = new ExtractionOptions { MaxInflatedBytes = 1024 * 1024 };
        var large = Rewrite(Minutes, "word/media/photo.bin", new string('x', 600_000) + string.Concat(Enumerable.Range(0, 60_000).Select(i => i.ToString("x8"))));
        Assert.Equal(ExtractionErrorCodes.Bomb, Refusal(large, options: options).Code);
    }

    [Fact]
    public void Should_not_inflate_past_what_a_lying_zip_declares()
    {
        var bomb = Rewrite(Minutes, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>padding</w:t></w:r></w:p>", 200_000)) + "</w:body></w:document>");
        DeclareUncompressedSize(bomb, "word/document.xml", 200);
        var error = Refusal(bomb);
        Assert.Contains(error.Code, new[] { ExtractionErrorCodes.Corrupt, ExtractionErrorCodes.Bomb });
    }

    [Fact]
    public void Should_refuse_an_xml_entity_bomb_without_expanding_it()
    {
        var laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [
              <!ENTITY a "lollollollollollollollollollol">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
              <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
            ]>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>
            """;
        Assert.Equal(ExtractionErrorCodes.Bomb, Refusal(Rewrite(Minutes, "word/document.xml", laughs)).Code);
    }

    [Fact]
    public void Should_refuse_other_zip_archives_as_unsupported()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("holiday/readme.txt").Open())) writer.Write("photos inside");
        Assert.Equal(ExtractionErrorCodes.Unsupported, Refusal(stream.ToArray()).Code);
    }

    /// <summary>The same zip with one entry replaced or added.</summary>
    private static byte[] Rewrite(byte[] docx, string entryName, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entryName)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName, CompressionLevel.Optimal).Open());
            writer.Write(content);
        }
        return stream.ToArray();
    }

    /// <summary>Overwrites an entry's uncompressed size in its local header and in the central directory.</summary>
    private static void DeclareUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = System.Text.Encoding.ASCII.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4 && zip.AsSpan(i + 30).StartsWith(name))
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22), size);
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2 && zip.AsSpan(i + 46).StartsWith(name))
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24), size);
        }
    }
}
