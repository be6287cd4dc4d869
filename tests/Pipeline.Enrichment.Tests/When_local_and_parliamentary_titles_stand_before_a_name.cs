namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Local and regional papers abbreviate titles ("Coun.", "Gov.", "Hon.", "Engr."), set a member's
/// post-nominal after the party ("Labour MP", "People's Party MPA") and call an engineer by the title
/// "Engineer": none of them is part of the name, and none is a place of its own.
/// </summary>
public sealed class When_local_and_parliamentary_titles_stand_before_a_name
{
    private const string Text = """
        Coun. Marisol Ferreira-Banks said the committee would meet on Tuesday. Hon. Adewale Ogundimu-Clarke was sworn in on Friday.

        Rivermark Gov. Teodoro Villanueva Sison said the pumps had failed twice. Site manager Engineer Kamran Ali Jatoi said repairs would take a month.

        The chairwoman, Awami Workers Party MPA Saima Rind-Qureshi, asked for a report within a week.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Marisol Ferreira-Banks")]
    [InlineData("Adewale Ogundimu-Clarke")]
    [InlineData("Teodoro Villanueva Sison")]
    [InlineData("Kamran Ali Jatoi")]
    [InlineData("Saima Rind-Qureshi")]
    public void Should_leave_the_title_out_of_the_person(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_not_take_an_abbreviated_title_for_a_place() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Coun" or "Hon" or "Gov" || e.Text.StartsWith("Gov.", StringComparison.Ordinal));

    [Fact]
    public void Should_keep_the_party_before_the_post_nominal() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == "Awami Workers Party");

    // Inside a sentence, after a comma: the abbreviation's full stop neither ends the sentence nor leaves the title as a word.
    private const string MidSentence = """
        The agency charged a former chairman of the Oyo Ridge council, Hon. Tunde Adeyemi-Okoro, before the court on Friday. Counsel for the family, Atty. Rowena Calixto-Abad, and the district chief, Supt. Harold Mwakasege, were present.
        """;

    [Theory]
    [InlineData("Tunde Adeyemi-Okoro")]
    [InlineData("Rowena Calixto-Abad")]
    [InlineData("Harold Mwakasege")]
    public void Should_leave_an_abbreviated_title_inside_a_sentence_out_of_the_person(string name)
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = MidSentence });
        Assert.Contains(result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
        Assert.DoesNotContain(result.Entities, e => e.Text is "Hon" or "Atty" or "Supt");
    }
}
