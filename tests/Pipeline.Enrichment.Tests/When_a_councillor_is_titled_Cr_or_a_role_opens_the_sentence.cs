namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Australian and New Zealand councils title their members "Cr" ("Cr Rhys Ahern", "Crs Ahern and Lindqvist"), and local
/// news opens sentences with what someone does ("Organiser Petra Vandersloot thanked ...", "Orchardist Sione ... said") or
/// with their age ("18-year-old Darragh Gormley"): none of these words is part of the person's name.
/// </summary>
public sealed class When_a_councillor_is_titled_Cr_or_a_role_opens_the_sentence
{
    private const string Text = """
        The regional council adopted its budget on Thursday after a long debate in Toowoomba.

        Cr Rhys Ahern said the rates rise was fair. Cr Saoirse Lindqvist voted against it, and Cr. Aaron Tupou-Mills abstained. Later Cr Watego asked about water charges.

        Organiser Petra Vandersloot thanked the volunteers. Ranger Tom Haereiti-Walsh said the track would reopen in March. Orchardist Sione Havea-Prendergast said the buyout was too slow.

        18-year-old Darragh Gormley scored twice in the final.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Rhys Ahern")]
    [InlineData("Saoirse Lindqvist")]
    [InlineData("Aaron Tupou-Mills")]
    [InlineData("Watego")]
    [InlineData("Petra Vandersloot")]
    [InlineData("Tom Haereiti-Walsh")]
    [InlineData("Sione Havea-Prendergast")]
    public void Should_name_the_person_without_the_word_before(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Fact]
    public void Should_take_no_title_role_or_age_into_a_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Text.StartsWith("Cr", StringComparison.Ordinal) || e.Text.StartsWith("Organiser", StringComparison.Ordinal)
            || e.Text.StartsWith("Ranger", StringComparison.Ordinal) || e.Text.StartsWith("Orchardist", StringComparison.Ordinal) || e.Text.Contains("year-old", StringComparison.Ordinal));
}
