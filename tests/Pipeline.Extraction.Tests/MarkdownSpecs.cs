using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_markdown_is_extracted
{
    private const string Notes = """
        ---
        title: Field notes
        author: Ines Duarte
        date: 2023-11-04
        ---
        # Birds seen

        Two **herons** by the [canal](https://example.org/canal).

        - kingfisher
        - grebe
        """;

    [Fact]
    public void Should_keep_headings_paragraphs_and_list_items_as_blocks()
    {
        var result = Extract(Utf8(Notes), "notes.md");
        Assert.Equal(DocumentFormat.Markdown, result.Format);
        Assert.Equal("Birds seen\n\nTwo herons by the canal.\n\nkingfisher\n\ngrebe", result.Documents[0].Text);
        Assert.Contains("<strong>herons</strong>", result.Documents[0].Html);
    }

    [Fact]
    public void Should_read_title_author_and_date_from_front_matter()
    {
        var document = Extract(Utf8(Notes), "notes.md").Documents[0];
        Assert.Equal("Field notes", document.Title);
        Assert.Equal("Ines Duarte", document.Metadata["author"]);
        Assert.Equal("2023-11-04T00:00:00Z", document.Metadata["published"]);
    }

    [Fact]
    public void Should_recognise_markdown_without_a_name_or_content_type()
    {
        var result = Extract(Utf8("# Recipe\n\nMix the [flour](https://example.org) and water.\n\n- knead\n- rest\n"));
        Assert.Equal(DocumentFormat.Markdown, result.Format);
        Assert.Equal("Recipe", result.Documents[0].Title);
    }
}
