namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Local news of the English-speaking countries names towns of a thousand people or more ("Katanning abattoir to add 80
/// jobs", "Philo man charged"; GeoNames places of 1,000 or more in Data/towns.tsv) and names
/// them where people come from ("Dale Wickstrom of Terrebonne", "Luis Matos-Reyes, 29, of Hopatcong") or beside another
/// place ("between Deming and Hopatcong"): a listed town there is a place.
/// </summary>
public sealed class When_local_news_names_small_towns
{
    private const string Text = """
        Katanning abattoir to add 80 jobs

        Philo man charged after chase on the interstate

        The group's treasurer, Dale Wickstrom of Terrebonne, said the bond would fail again. Luis Matos-Reyes, 29, of Hopatcong, was charged with theft on Friday.

        Buses will replace trains between Deming and Hopatcong on weekdays through March, the operator said.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Katanning")]
    [InlineData("Philo")]
    [InlineData("Terrebonne")]
    [InlineData("Hopatcong")]
    [InlineData("Deming")]
    public void Should_find_the_town(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Location && e.Text == name);

    [Theory]
    [InlineData("Dale Wickstrom")]
    [InlineData("Luis Matos-Reyes")]
    public void Should_keep_the_person_apart_from_the_town(string name) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Person && e.Text == name);
}
