namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A story written by the site's own staff is signed by a desk ("By Harbour Post Metro Desk", "Harbour Post Sports Desk |
/// Mombasa"): that is the site, an organisation, where the text names the site. A wire story's credits may name outlets among the
/// reporters ("(Reporting by Harbour Post and Pan-Coast Wire; editing by ...)"): an outlet the tagger reads as a body is no
/// person. A person named in full ("Grace Wanjiru Otieno") may later be addressed by her two given names ("Grace Wanjiru"):
/// that is her, no other person.
/// </summary>
public sealed class When_a_byline_or_credit_names_the_outlet
{
    private const string Page = """
        HARBOUR POST
        Coastal news, every day

        Dock Workers Sign Pay Deal in Mombasa, Officials Say

        By Harbour Post Metro Desk, with agency reporting

        MOMBASA, June 2 - Dock workers in Mombasa returned to work on Monday after a three-day strike, the Dock Workers Union said.

        "We have a deal on paper, and we will watch how it is paid," union secretary Grace Wanjiru Otieno told reporters.

        Asked whether the deal would hold, Grace Wanjiru said the union would meet again in a month.

        (Reporting by Harbour Post and Pan-Coast Wire; editing by Daniel Mwita Kariuki)

        Harbour Post is published by Harbour Post Media Ltd, Nkrumah Road, Mombasa, Kenya.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Page });

    [Fact]
    public void Should_name_the_site_for_its_desk()
    {
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Harbour Post");
        Assert.DoesNotContain(Result.Entities, e => e.Text.EndsWith("Desk", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_keep_an_outlet_in_the_credits_a_body() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Harbour Post");

    [Fact]
    public void Should_read_two_given_names_as_the_person_named_in_full() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Grace Wanjiru");

    [Fact]
    public void Should_find_no_place_in_a_title_case_headline_word() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Officials");
}
