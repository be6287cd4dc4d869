namespace Pipeline.Enrichment.Tests;

public sealed class When_one_enricher_serves_many_threads
{
    [Fact]
    public void Should_give_every_thread_the_same_result_as_a_single_call()
    {
        var enricher = new DocumentEnricher();
        var inputs = Article.Scored().Select(name => new EnrichmentInput { Text = Article.Read(name) }).ToArray();
        var expected = inputs.Select(i => Describe(enricher.Enrich(i))).ToArray();

        var actual = new string[inputs.Length * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k => actual[k] = Describe(enricher.Enrich(inputs[k % inputs.Length])));

        for (var k = 0; k < actual.Length; k++) Assert.Equal(expected[k % inputs.Length], actual[k]);
    }

    private static string Describe(EnrichmentResult result) =>
        string.Join('|', result.Entities.Select(e => $"{e.Type}:{e.Text}:{e.Count}:{e.Salience}"))
        + string.Join('|', result.Keywords.Select(k => k.Text)) + result.Summary + result.Fingerprint;
}
