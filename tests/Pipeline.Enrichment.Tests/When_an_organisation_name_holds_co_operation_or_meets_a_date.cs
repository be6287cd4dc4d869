namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Co-operation" is one word of a name ("Organisation for Economic Co-operation and
/// Development"), and a day or a month right after a name ("... on Friday") is a date, not part
/// of the name: the name is kept, not dropped with the date.
/// </summary>
public sealed class When_an_organisation_name_holds_co_operation_or_meets_a_date
{
    [Theory]
    [InlineData("PARIS — Working hours in Chile are among the longest in the Organisation for Economic Co-operation and Development, the report said.", "Organisation for Economic Co-operation and Development")]
    [InlineData("PARIS — Ministers met officials of the Organisation for Economic Co-operation and Development on Friday to discuss tax rules.", "Organisation for Economic Co-operation and Development")]
    [InlineData("LONDON — Exporters met the Department for Business on Friday to discuss tariffs.", "Department for Business")]
    [InlineData("LONDON — Exporters will meet the Department for Business in March to discuss tariffs.", "Department for Business")]
    public void Should_keep_the_whole_name(string text, string name)
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = text }).Entities;
        Assert.Contains(entities, e => e.Type == EntityTypes.Organization && e.Text == name);
        Assert.DoesNotContain(entities, e => e.Type == EntityTypes.Organization && e.Text == "Development");
    }
}
