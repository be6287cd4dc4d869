using Pipeline.Enrichment;

namespace Pipeline.Enrichment.Tests;

/// <summary>The index as the enrich service uses it: decisions come from the store, one newest fingerprint per document.</summary>
public sealed class When_the_store_backs_the_near_copy_index
{
    private const ulong Original = 0xA5A5_5A5A_F0F0_0F0F;

    [Fact]
    public void Should_not_find_a_document_a_copy_of_itself_when_told_to_leave_it_out()
    {
        var index = new NearDuplicateIndex();
        index.Set("doc-a", Original, "doc-a");

        Assert.Equal("doc-a", index.Find(Original ^ 0b111).DuplicateOf);
        Assert.Null(index.Find(Original ^ 0b111, excludeId: "doc-a").DuplicateOf);
    }

    [Fact]
    public void Should_replace_a_documents_fingerprint_and_cluster_in_place()
    {
        var index = new NearDuplicateIndex();
        index.Set("doc-a", Original, "doc-a");
        index.Set("doc-b", Original ^ 0b1, "doc-a");

        index.Set("doc-a", ~Original, "doc-a");

        Assert.Equal(2, index.Count);
        Assert.Equal(("doc-b", "doc-a"), (index.Find(Original).DuplicateOf, index.Find(Original).ClusterId));
        Assert.Equal("doc-a", index.Find(~Original).DuplicateOf);
    }

    [Fact]
    public void Should_still_give_ties_to_the_document_set_first()
    {
        var index = new NearDuplicateIndex();
        index.Set("first", Original ^ 0b01, "first");
        index.Set("second", Original ^ 0b10, "second");
        index.Set("first", Original ^ 0b01, "first");

        Assert.Equal("first", index.Find(Original).DuplicateOf);
    }
}
