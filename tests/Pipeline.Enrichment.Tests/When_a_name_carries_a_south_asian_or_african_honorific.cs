namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Shri", "Alhaji", "Begum", "Puan Sri", "SHO", "Sub-Inspector": honorifics and police ranks of South Asia, West Africa and
/// Malaysia stand before a name and are no part of it (the tagger read "Shri Devendra Kumar Goel" and "Alhaji Lateef Ayinde" as
/// organisations). "Md." and "Mohd." are the abbreviated Muhammad, a given name that ends no sentence; "PC" after a Sri Lankan
/// lawyer's name is his rank.
/// </summary>
public sealed class When_a_name_carries_a_south_asian_or_african_honorific
{
    private const string Text = """
        The vice-chancellor said Shri Devendra Kumar Goel would chair the inquiry at the university in Meerut.

        In Ibadan, Alhaji Lateef Abiodun Ayinde told the assembly the bill would pass. Begum Nasreen Akhter Chowdhury, the deputy
        commissioner, visited the camps on Friday.

        SHO Imran Malik said the suspect was held overnight. Sub-Inspector Shahid Nawaz recorded his statement.

        Md. Abdur Rahim Talukder and Mohd. Arif Qureshi signed the report. Puan Sri Chong Mei Fong attended the dinner.

        Counsel Harsha Lakmal Abeykoon PC appeared for the accused.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Devendra Kumar Goel")]
    [InlineData("Lateef Abiodun Ayinde")]
    [InlineData("Nasreen Akhter Chowdhury")]
    [InlineData("Imran Malik")]
    [InlineData("Shahid Nawaz")]
    [InlineData("Md. Abdur Rahim Talukder")]
    [InlineData("Mohd. Arif Qureshi")]
    [InlineData("Chong Mei Fong")]
    public void Should_name_the_person_without_the_honorific(string name) =>
        Assert.Single(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Shri")]
    [InlineData("Alhaji")]
    [InlineData("Begum")]
    [InlineData("SHO")]
    [InlineData("Sub-Inspector")]
    [InlineData("Puan")]
    public void Should_keep_the_honorific_out_of_every_name(string honorific) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.Split(' ').Contains(honorific));

    [Fact]
    public void Should_name_no_abbreviation_alone() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Md." or "Mohd." or "Md" or "Mohd");
}
