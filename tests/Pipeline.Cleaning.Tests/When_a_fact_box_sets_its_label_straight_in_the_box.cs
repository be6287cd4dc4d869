namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A fact box ("encadré", "fact-box", "infobox") may set its label as a bare span straight in the
/// box, beside its paragraphs ("<c>&lt;div class="encadre"&gt;&lt;span class="encadre__label"&gt;Repères&lt;/span&gt;&lt;p&gt;…</c>"),
/// not in a heading of its own: the label names the box and goes, the box's paragraphs stay.
/// </summary>
public class When_a_fact_box_sets_its_label_straight_in_the_box
{
    private const string Html = """
        <html><head><title>Le vélo-bus des écoliers gagne les villages</title></head><body><main><article>
          <h1>Le vélo-bus des écoliers gagne les villages</h1>
          <div class="field--name-body">
            <p>Chaque matin, une quarantaine d'écoliers de la vallée rejoignent leur école à vélo, en convoi, encadrés par des parents bénévoles qui se relaient toute la semaine.</p>
            <div class="encadre"><span class="encadre__label">En chiffres</span><p>Le réseau compte aujourd'hui onze lignes dans six communes, et près de trois cents enfants y sont inscrits.</p><p>Le département finance l'achat des gilets et des remorques à hauteur de 80 % des dépenses.</p></div>
            <p>Les organisateurs veulent maintenant convaincre les communes voisines de sécuriser les carrefours les plus dangereux avant la rentrée prochaine.</p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_label() =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == "En chiffres" && removed.Reason == "label");

    [Theory]
    [InlineData("Le réseau compte aujourd'hui onze lignes dans six communes")]
    [InlineData("à hauteur de 80 % des dépenses.")]
    public void Should_keep_the_boxs_paragraphs(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
