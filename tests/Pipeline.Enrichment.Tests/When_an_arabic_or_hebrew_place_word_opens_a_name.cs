namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Arabic and Hebrew place names open with a word for a gate, a hill, a village, a house, a spring,
/// a mountain, a valley or a monastery ("Bab al-Hawa", "Tel Abyad", "Kafr Nabl", "Beit Lahia",
/// "Ein Gedi", "Jabal Sinjar", "Wadi Rum", "Deir Hafer", "Kfar Saba"), as "Lake" and "Cape" do in
/// English. The tagger takes many of them for persons or organisations; they are places. A given name
/// that is such a word too ("Kerem Ataman Çelik") still opens a person's name.
/// </summary>
public sealed class When_an_arabic_or_hebrew_place_word_opens_a_name
{
    private const string Text = """
        AMMAN — Aid trucks crossed at Bab al-Hawa on Monday, and families from Tel Abyad and Kafr Nabl reached the camps near Jabal Sinjar by evening. Shelling was reported in Beit Lahia and Deir Hafer.

        Tourists returned to Wadi Rum and Ein Gedi after the ceasefire, and schools reopened in Kfar Saba. Kerem Ataman Çelik, a lawyer for the families, welcomed the news.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Bab al-Hawa")]
    [InlineData("Tel Abyad")]
    [InlineData("Kafr Nabl")]
    [InlineData("Jabal Sinjar")]
    [InlineData("Beit Lahia")]
    [InlineData("Deir Hafer")]
    [InlineData("Wadi Rum")]
    [InlineData("Ein Gedi")]
    [InlineData("Kfar Saba")]
    public void Should_find_the_place(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Fact]
    public void Should_keep_a_person_whose_given_name_is_also_a_place_word() =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Kerem Ataman Çelik");
}
