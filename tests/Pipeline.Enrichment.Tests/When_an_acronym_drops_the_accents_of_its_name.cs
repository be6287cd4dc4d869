namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "Autorité de Régulation des Communications Électroniques et de la Poste (ARCEP)", "Banque Centrale des États de
/// l'Afrique de l'Ouest (BCEAO)": French acronyms drop the accents of the words they are made from, and Spanish names
/// join their last words with "e" ("Documentación e Información"). The name before the brackets is one organisation,
/// the acronym its short form, also where the acronym is listed under another name.
/// </summary>
public sealed class When_an_acronym_drops_the_accents_of_its_name
{
    private const string Text = """
        COTONOU — The Autorité de Régulation des Communications Électroniques et de la Poste (ARCEP) fined two mobile operators on Tuesday, and the Société Béninoise d'Énergie Électrique (SBEE) said power cuts had played no part in the dropped calls. The Banque Centrale des États de l'Afrique de l'Ouest (BCEAO) said it would review mobile money rules, and a researcher at the Centro de Documentación e Información Bolivia (CEDIB) compared the case with La Paz. ARCEP said the operators have thirty days to appeal, while SBEE and the BCEAO declined to comment.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Autorité de Régulation des Communications Électroniques et de la Poste", "ARCEP")]
    [InlineData("Société Béninoise d'Énergie Électrique", "SBEE")]
    [InlineData("Banque Centrale des États de l'Afrique de l'Ouest", "BCEAO")]
    [InlineData("Centro de Documentación e Información Bolivia", "CEDIB")]
    public void Should_name_the_body_in_full_with_its_acronym_as_a_mention(string name, string acronym)
    {
        var body = Assert.Single(Result.Entities, e => e.Text == name);
        Assert.Equal(EntityTypes.Organization, body.Type);
        Assert.Contains(body.Mentions, m => m.Text == acronym);
    }

    [Theory]
    [InlineData("ARCEP")]
    [InlineData("SBEE")]
    [InlineData("BCEAO")]
    [InlineData("CEDIB")]
    public void Should_not_list_the_acronym_apart(string acronym) =>
        Assert.DoesNotContain(Result.Entities, e => e.Text == acronym);
}
