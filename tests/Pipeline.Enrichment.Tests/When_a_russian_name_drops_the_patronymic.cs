namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Nikolai Petrovich Sorokin", later "Nikolai Sorokin" and, addressed in a question, "Nikolai Petrovich": a Russian or Central
/// Asian name goes by the given name and the surname without the patronymic, and is addressed by the given name and the
/// patronymic; both are the one person, not two more.
/// </summary>
public sealed class When_a_russian_name_drops_the_patronymic
{
    private const string Text = """
        The talks in Volgograd were led by Deputy Energy Minister Nikolai Petrovich Sorokin and by the governor's adviser Dana Askaruly Temirkhanova.

        Question: Nikolai Petrovich, will the pipeline be finished this year?

        Nikolai Sorokin: We expect the first section to open in the autumn. Dana Temirkhanova will report on the financing next week.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Nikolai Petrovich Sorokin")]
    [InlineData("Dana Askaruly Temirkhanova")]
    public void Should_name_the_person_in_full(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);

    [Theory]
    [InlineData("Nikolai Sorokin")]
    [InlineData("Nikolai Petrovich")]
    [InlineData("Dana Temirkhanova")]
    public void Should_not_count_the_short_forms_as_other_people(string name) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == name);
}
