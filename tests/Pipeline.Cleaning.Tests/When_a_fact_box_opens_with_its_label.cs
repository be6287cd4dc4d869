namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A fact box kept in the story opens with a short heading that labels it ("Tips: Sjekk
/// forsikringen", "Fakta"): the label goes, the box's text stays. A subheading of the story's own
/// stays.
/// </summary>
public class When_a_fact_box_opens_with_its_label
{
    private const string Html = """
        <html><head><title>Slik unngår du frosne vannrør i kulda</title></head><body><main><article>
          <h1>Slik unngår du frosne vannrør i kulda</h1>
          <div class="artikkel__tekst">
            <p>Forsikringsselskapene får hver vinter tusenvis av meldinger om vannskader etter frosne rør, og de fleste skadene skjer i hytter som står tomme.</p>
            <h2>Hvis røret allerede har frosset</h2>
            <p>Steng hovedkranen og åpne kranen nærmest det frosne punktet. Tin røret forsiktig med hårføner eller varme kluter, og bruk aldri åpen flamme.</p>
            <aside class="faktaboks faktaboks--tips"><h2 class="faktaboks__tittel">Tips: Sjekk forsikringen</h2>
              <p>Mange forsikringsselskaper kan avkorte erstatningen hvis du ikke har fulgt sikkerhetsforskriftene i vilkårene, for eksempel kravet om å tappe ned en ubebodd hytte.</p>
              <p>Les vilkårene før vinteren, og ta vare på kvittering for rørisolasjon og varmekabler.</p>
            </aside>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_remove_the_label() =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == "Tips: Sjekk forsikringen" && removed.Reason == "label");

    [Theory]
    [InlineData("Hvis røret allerede har frosset")]
    [InlineData("Les vilkårene før vinteren, og ta vare på kvittering for rørisolasjon og varmekabler.")]
    public void Should_keep_the_subheading_and_the_boxs_text(string line) =>
        Assert.Contains(line, _cleaned.Text, StringComparison.Ordinal);
}
