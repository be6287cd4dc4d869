using Pipeline.Contracts;
using Pipeline.Extraction;
using Pipeline.Ingest;

namespace Pipeline.Services.Tests;

public sealed class DocumentIdentitySpecs
{
    private static DropDocument Drop(string fileName, string? source = null, string? id = null) =>
        new() { FileName = fileName, Source = source, DocumentId = id, Content = new byte[] { 1 } };

    [Fact]
    public void Should_give_the_same_file_from_the_same_source_the_same_id()
    {
        Assert.Equal(DocumentIdentity.For(Drop("Report 2024.html", "crawler-a")), DocumentIdentity.For(Drop("Report 2024.html", "crawler-a")));
    }

    [Fact]
    public void Should_tell_apart_the_same_file_name_from_different_sources()
    {
        Assert.NotEqual(DocumentIdentity.For(Drop("index.html", "crawler-a")), DocumentIdentity.For(Drop("index.html", "crawler-b")));
    }

    [Fact]
    public void Should_identify_by_url_whatever_the_file_is_called()
    {
        var url = "https://news.example/world/2024/ferry-terminal";
        Assert.Equal(DocumentIdentity.For(Drop("a.html", url)), DocumentIdentity.For(Drop("b.html", url)));
        Assert.StartsWith("ferry-terminal-", DocumentIdentity.For(Drop("a.html", url)));
    }

    [Fact]
    public void Should_keep_an_explicit_id_as_given()
    {
        Assert.Equal("story-42", DocumentIdentity.For(Drop("x.html", "crawler-a", "story-42")));
    }

    [Fact]
    public void Should_read_as_a_slug_of_the_name_then_a_hash()
    {
        Assert.Matches("^kyiv-zurich-report-2024-[0-9a-f]{10}$", DocumentIdentity.For(Drop("Kyiv & Zürich: Report (2024).html")));
    }

    [Fact]
    public void Should_give_feed_items_ids_of_their_own()
    {
        var first = DocumentIdentity.ForItem("feed-1", new ExtractedDocument { Text = "a", ItemKey = "guid-1", Title = "First item" }, 0);
        var second = DocumentIdentity.ForItem("feed-1", new ExtractedDocument { Text = "b", ItemKey = "guid-2", Title = "Second item" }, 1);
        Assert.NotEqual(first, second);
        Assert.StartsWith("first-item-", first);
    }
}
