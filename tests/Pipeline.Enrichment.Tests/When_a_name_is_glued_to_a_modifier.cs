namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "the Iran-backed Houthis", "Islamic State-linked insurgents", "Hamas-run authorities": a name glued to "-backed", "-linked"
/// or "-run" modifies what follows. The name before the hyphen is named with the type the lists give it, the modifier is no
/// part of any name, and the glued word is no person.
/// </summary>
public sealed class When_a_name_is_glued_to_a_modifier
{
    private const string Text = """
        The Iran-backed Houthis fired two missiles at a tanker on Sunday. Hamas-run health authorities said 40 people died.
        Attacks by Islamic State-linked insurgents continue in Cabo Delgado, where a UN-brokered truce never held.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Hamas", EntityTypes.Organization)]
    [InlineData("Islamic State", EntityTypes.Organization)]
    [InlineData("UN", EntityTypes.Organization)]
    [InlineData("Iran", EntityTypes.Location)]
    [InlineData("Houthis", EntityTypes.Organization)]
    public void Should_name_what_stands_before_the_hyphen(string name, string type) =>
        Assert.Contains(Result.Entities, e => e.Type == type && e.Mentions.Any(m => m.Text == name));

    [Fact]
    public void Should_keep_the_modifier_out_of_every_name() =>
        Assert.DoesNotContain(Result.Entities, e => e.Mentions.Any(m => m.Text.Contains("-backed") || m.Text.Contains("-linked") || m.Text.Contains("-run")));

    [Fact]
    public void Should_find_no_person() =>
        Assert.DoesNotContain(Result.Entities, e => e.Type == EntityTypes.Person);
}
