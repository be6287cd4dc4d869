namespace Pipeline.Cleaning.Tests;

public class When_a_table_names_its_source_under_it
{
    private static string Page(string label) => $"""
        <html><head><title>Water bills rise in three districts</title></head><body><article>
          <h1>Water bills rise in three districts</h1>
          <p>Households in three districts will pay more for water from January, after the regulator approved the utility's new tariffs on Monday.</p>
          <table><tr><th>District</th><th>2025</th><th>2026</th></tr><tr><td>North</td><td>31.20</td><td>33.90</td></tr><tr><td>Harbour</td><td>29.80</td><td>32.10</td></tr></table>
          <p>{label} regulator's tariff decision of 14 October</p>
          <p>Fonte de receita para obras: the utility says the extra money will pay for new pipes under the old town, where a third of the water is lost to leaks.</p>
          <p>Customers who struggle to pay can ask for a payment plan.</p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("Fonte:")]
    [InlineData("Fuente:")]
    [InlineData("Źródło:")]
    [InlineData("Bron:")]
    [InlineData("Источник:")]
    public void Should_remove_the_source_line(string label)
    {
        var text = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Page(label) }).Text;
        Assert.DoesNotContain("tariff decision of 14 October", text, StringComparison.Ordinal);
        Assert.Contains("Fonte de receita para obras", text, StringComparison.Ordinal);
    }
}
