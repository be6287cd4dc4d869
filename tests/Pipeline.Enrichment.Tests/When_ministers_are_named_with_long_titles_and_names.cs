namespace Pipeline.Enrichment.Tests;

/// <summary>Diplomatic copy: titles that contain an institution's word, and three-part names whose last part comes back alone.</summary>
public sealed class When_ministers_are_named_with_long_titles_and_names
{
    private const string Text = """
        ADDIS ABABA — Kenya's Cabinet Secretary for Foreign Affairs, Musalia Mudavadi, and Ethiopian Foreign Minister Taye Atske Selassie signed an agreement on Thursday to share data on the Omo River.

        "We have chosen cooperation over suspicion," Mudavadi told reporters. Selassie said Addis Ababa would host the first meeting of the joint commission in June.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Fact]
    public void Should_join_a_middle_name_when_the_surname_comes_back_alone()
    {
        var minister = Assert.Single(Result.Entities, e => e.Text == "Taye Atske Selassie");
        Assert.Equal(EntityTypes.Person, minister.Type);
        Assert.Equal(2, minister.Mentions.Count);
        Assert.DoesNotContain(Result.Entities, e => e.Text is "Taye" or "Selassie");
    }

    [Fact]
    public void Should_read_a_cabinet_secretary_as_a_title_not_an_organisation()
    {
        Assert.DoesNotContain(Result.Entities, e => e.Text == "Cabinet");
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == "Musalia Mudavadi");
    }

    [Theory]
    [InlineData("Omani Crown Prince Khalid bin Haitham met the delegation on Sunday.", "Khalid bin Haitham")]
    [InlineData("Saudi Crown Prince Mohammed bin Salman spoke to the minister by phone.", "Mohammed bin Salman")]
    public void Should_drop_a_royal_title_that_is_also_a_first_name_before_a_full_name(string text, string person) =>
        Assert.Single(new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities, e => e.Type == EntityTypes.Person && e.Text == person);

    [Theory]
    [InlineData("Chief Technology Officer Ruairi Brennan said the launch would slip.", "Ruairi Brennan")]
    [InlineData("Chief Financial Officer Sinead Gorman said the company remained committed to its dividend.", "Sinead Gorman")]
    public void Should_keep_both_words_of_a_name_after_a_title_when_the_tagger_finds_one(string text, string person) =>
        Assert.Single(new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities, e => e.Type == EntityTypes.Person && e.Text == person);
}
