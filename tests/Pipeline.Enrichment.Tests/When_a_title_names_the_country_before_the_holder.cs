namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Readouts and joint statements write the office with its country, then the holder: "President of
/// Westmark Anna Veld", "Minister for Foreign Affairs of Japan Sato Haruki", "Ambassador of Chile to
/// the Republic of Korea Tomás Reyes met ...". The tagger reads the country and the name as one
/// place or organisation; they are a place and a person, and the person's name ends before the verb.
/// A body named in the office stays a body ("General Secretary of the Workers' Party of Mongolia Ganbold
/// Tsend"). A place's own word after it ("Governor of Lagos State Tunde Bakare") goes with the place, not the name.
/// </summary>
public sealed class When_a_title_names_the_country_before_the_holder
{
    private const string Text = """
        ASTANA — The talks were chaired by President of Kazakhstan Aidos Serikbayev and President of the Republic of Tajikistan Farrukh Nazarov, officials said.

        Minister for Foreign Affairs of Japan Sato Haruki met Prime Minister of Mongolia Oyun Batbayar later in the day. Ambassador of Chile to the Republic of Korea Tomás Reyes met First Vice Minister Han Ji-won on Friday.

        Governor of Lagos State Tunde Bakare did not attend. The delegation later met General Secretary of the Workers' Party of Mongolia Ganbold Tsend.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Aidos Serikbayev")]
    [InlineData("Farrukh Nazarov")]
    [InlineData("Sato Haruki")]
    [InlineData("Oyun Batbayar")]
    [InlineData("Tomás Reyes")]
    [InlineData("Tunde Bakare")]
    [InlineData("Ganbold Tsend")]
    public void Should_find_the_holder_as_a_person(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Kazakhstan")]
    [InlineData("Republic of Tajikistan")]
    [InlineData("Japan")]
    [InlineData("Mongolia")]
    [InlineData("Republic of Korea")]
    public void Should_find_the_country_as_a_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_keep_the_party_the_office_names() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Workers' Party of Mongolia");

    [Fact]
    public void Should_join_no_country_to_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Japan ", StringComparison.Ordinal) || e.Text.StartsWith("Kazakhstan ", StringComparison.Ordinal)
            || e.Text.Contains("Korea Tomás", StringComparison.Ordinal) || e.Text.StartsWith("State ", StringComparison.Ordinal));
}
