namespace Pipeline.Enrichment.Tests;

/// <summary>"analysts at Halvorsen", "chief executive of Brightwater": the name after a job is the employer.</summary>
public sealed class When_an_employer_is_named_after_a_job
{
    private const string Text = """
        Bond yields rose on Wednesday. Analysts at Kestrelmark said the move was overdone, and Lena Fischer, a strategist at Halvorsen, expected a rebound.

        Tomas Varga, the former chief executive of Brightwater, denied the charges in a court in Vienna. Economists at Oxford expect slower growth.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Kestrelmark")]
    [InlineData("Halvorsen")]
    [InlineData("Brightwater")]
    public void Should_type_the_employer_an_organisation(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == name);

    [Fact]
    public void Should_leave_a_listed_place_after_a_job_a_place_and_people_people()
    {
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == "Vienna");
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Lena Fischer");
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Tomas Varga");
    }

    [Fact]
    public void Should_type_a_lone_name_that_has_shares_a_company_in_every_mention()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "A court blocked Torvane's planned purchase of Quillmart. Torvane said it would appeal. Quillmart shares rose, while shares of Torvane fell." });
        Assert.Equal(3, Assert.Single(result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Torvane").Count);
        Assert.Single(result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Quillmart");
    }

    [Fact]
    public void Should_type_a_lone_name_before_shares_a_company_though_the_tagger_left_that_mention_out()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = "Talks on the lithium deal\n\nThe buyer gets a seat on the Korrindal board and a share of the output of its mine. Korrindal shares rose 9% on the exchange." });
        Assert.Equal(2, Assert.Single(result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Korrindal").Count);
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityTypes.Location);
    }

    [Fact]
    public void Should_type_a_company_with_shares_a_company_though_the_tagger_read_it_as_a_person_more_often()
    {
        const string text = """
            Defence venture agreed

            Dravenholt will hold 49% of the venture and supply the production lines. The ministry said it had chosen Dravenholt after talks with three other suppliers, and Dravenholt would train 300 workers.

            Shares in Dravenholt rose 2.1% in Frankfurt.
            """;
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text });
        Assert.Equal(4, Assert.Single(result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Dravenholt").Count);
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityTypes.Person);
    }
}
