namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Deal and earnings stories name companies with their legal forms, and the tagger misreads some of them: a name it
/// took for a product before "plc" ("Endava plc") is the company, and its bare mentions later are that company; a
/// plural noun that opens the sentence ("Rivals Commonwealth Bank of Australia") is no part of the first name; the
/// full stop of "Ltd." that ends a sentence does not carry the name on into the next, nor is it the name's ("Amaroq Minerals Ltd. They");
/// and a place's adjective in "-listed" after a place whose first word is a family name ("Hong Kong-listed") is no one.
/// </summary>
public sealed class When_business_news_names_companies_by_their_legal_forms
{
    private const string Text = """
        Brightwater Ltd said on Monday it had agreed to buy Endava plc for about $2.9 billion in cash. Endava's board has recommended the offer, and Endava employs most of its 11,000 staff in Romania and Serbia. Rivals Commonwealth Bank of Australia, National Australia Bank Ltd and ANZ Group Holdings Ltd also lost ground, and Pacific Basin Shipping said it would list on the Hong Kong-listed board. The smelter was sold to Amaroq Minerals Ltd. They said nothing about the price.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_name_the_company_with_its_legal_form_and_take_its_bare_mentions()
    {
        var company = Assert.Single(Result.Entities, e => e.Text == "Endava plc");
        Assert.Equal(EntityTypes.Organization, company.Type);
        Assert.Equal(3, company.Count);
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Endava");
    }

    [Fact]
    public void Should_leave_the_opening_plural_out_of_the_name()
    {
        Assert.Contains(Result.Entities, e => e.Text == "Commonwealth Bank of Australia" && e.Type == EntityTypes.Organization);
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Rivals", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_end_the_name_at_the_legal_form_that_ends_the_sentence()
    {
        Assert.Contains(Result.Entities, e => e.Text == "Amaroq Minerals Ltd" && e.Type == EntityTypes.Organization);
        Assert.DoesNotContain(Result.Entities, e => e.Text.Contains("They", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_take_a_place_adjective_for_a_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text.Contains("Kong", StringComparison.Ordinal));
}
