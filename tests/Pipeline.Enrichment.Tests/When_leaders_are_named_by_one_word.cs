namespace Pipeline.Enrichment.Tests;

/// <summary>
/// Diplomacy news names leaders by their surname alone, often without introducing them ("Xi told
/// Biden", "criticism from Modi", "welcomed by Kishida"). The tagger misses some, reads some as
/// places, a preposition made others organisations, and a lone unlisted word was dropped as a
/// doubtful person; the known-people list makes each a person. Their full names still link.
/// </summary>
public sealed class When_leaders_are_named_by_one_word
{
    private const string Text = """
        Leaders trade warnings as summit opens

        Erdogan and Macron discussed the ceasefire by telephone on Tuesday, according to a statement from Ankara. Lavrov later met Blinken's deputy in Geneva, where the talks lasted three hours.

        Xi told Biden that Beijing wanted stable ties, while Ruto said Kenya would host the next round. Tinubu's spokesman declined to comment. Aides to Museveni said the president would travel to Addis Ababa, and Netanyahu's office issued a short statement. A spokesman for Guterres said the United Nations was ready to help.

        Analysts at Nomura said the market reaction was muted. The agreement was welcomed by Albanese and by Kishida, who spoke after a cabinet meeting in Tokyo. The proposal drew criticism from Modi, and Sheinbaum said Mexico would stay neutral.
        """;

    private static readonly IReadOnlyList<Entity> Entities = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text }).Entities;

    [Fact]
    public void Should_find_every_leader_as_a_person() =>
        Assert.Equal(
            ["Albanese", "Biden", "Blinken", "Erdogan", "Guterres", "Kishida", "Lavrov", "Macron", "Modi", "Museveni", "Netanyahu", "Ruto", "Sheinbaum", "Tinubu", "Xi"],
            Entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order(StringComparer.Ordinal));

    [Fact]
    public void Should_keep_the_bank_an_organisation() =>
        Assert.Single(Entities, e => e.Text == "Nomura" && e.Type == EntityTypes.Organization);

    [Fact]
    public void Should_link_the_short_name_to_the_full_name_and_keep_a_tower_a_place()
    {
        var entities = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "Trade deal\n\nPresident Donald Trump spoke after a call with Chinese President Xi Jinping. Trump met reporters at Trump Tower in New York.\n\nXi said China welcomed the move.",
        }).Entities;
        Assert.Equal(["Donald Trump", "Xi Jinping"], entities.Where(e => e.Type == EntityTypes.Person).Select(e => e.Text).Order(StringComparer.Ordinal));
        Assert.Single(entities, e => e.Text == "Trump Tower" && e.Type == EntityTypes.Location);
    }
}
