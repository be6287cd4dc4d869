namespace Pipeline.Enrichment.Tests;

public sealed class When_near_copies_are_indexed
{
    private static readonly ulong Original = SimHash.Compute(Article.Read("minister-visit"));
    private static readonly ulong SyndicatedCopy = SimHash.Compute(Article.Read("syndicated-copy"));
    private static readonly ulong OtherStory = SimHash.Compute(Article.Read("summit"));

    [Fact]
    public void Should_fingerprint_a_copy_with_a_new_footer_within_a_few_bits()
    {
        Assert.InRange(SimHash.Distance(Original, SyndicatedCopy), 0, new NearDuplicateIndex().MaxDistance);
        Assert.InRange(SimHash.Distance(Original, OtherStory), 16, 64);
    }

    [Fact]
    public void Should_mark_the_copy_as_a_duplicate_of_the_original_and_put_both_in_its_cluster()
    {
        var index = new NearDuplicateIndex();
        var first = index.Add("doc-1", Original);
        var copy = index.Add("doc-2", SyndicatedCopy);

        Assert.Equal(new NearDuplicateMatch(null, "doc-1", 0), first);
        Assert.Equal("doc-1", copy.DuplicateOf);
        Assert.Equal("doc-1", copy.ClusterId);
    }

    [Fact]
    public void Should_start_a_new_cluster_for_a_different_story()
    {
        var index = new NearDuplicateIndex();
        index.Add("doc-1", Original);
        var other = index.Add("doc-3", OtherStory);

        Assert.Null(other.DuplicateOf);
        Assert.Equal("doc-3", other.ClusterId);
    }

    [Fact]
    public void Should_answer_the_same_for_an_id_added_twice()
    {
        var index = new NearDuplicateIndex();
        index.Add("doc-1", Original);
        var copy = index.Add("doc-2", SyndicatedCopy);

        Assert.Equal(copy, index.Add("doc-2", SyndicatedCopy));
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void Should_keep_clusters_when_rebuilt_from_stored_documents()
    {
        var index = new NearDuplicateIndex([("doc-1", Original, "cluster-a"), ("doc-3", OtherStory, "doc-3")]);
        var copy = index.Add("doc-2", SyndicatedCopy);

        Assert.Equal(new NearDuplicateMatch("doc-1", "cluster-a", SimHash.Distance(Original, SyndicatedCopy)), copy);
    }

    [Fact]
    public void Should_store_the_fingerprint_with_the_enrichment()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Article.Read("minister-visit") });
        Assert.Equal(Original, result.Fingerprint);
    }
}
