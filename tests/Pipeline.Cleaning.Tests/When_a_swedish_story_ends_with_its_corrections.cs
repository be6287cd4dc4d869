namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Swedish and Dutch papers label their amendments "Rättelse:", "Förtydligande:", "Correctie:": the correction amends the
/// story's facts and is the story's, though it is set like a note below it.
/// </summary>
public class When_a_swedish_story_ends_with_its_corrections
{
    private const string Html = """
        <html lang="sv"><head><title>Cykelbron försenas ett år</title></head><body><article>
          <h1>Cykelbron försenas ett år</h1>
          <div class="article-body">
            <p>Den nya cykelbron över ån blir klar först hösten 2028, ett år senare än planerat, meddelade kommunen på tisdagen.</p>
            <p>Förseningen beror på att grundläggningen måste göras om sedan provborrningar visat lösare lera än väntat vid östra fästet.</p>
            <p>Kommunen räknar med att kostnaden stiger med omkring fyra miljoner kronor, som ska tas från investeringsbudgeten för gator.</p>
            <p><em>Rättelse: I en tidigare version av artikeln stod det att bron kostar 64 miljoner kronor. Rätt siffra är 46 miljoner kronor.</em></p>
            <p><em>Förtydligande: Artikeln har kompletterats med uppgiften att statens bidrag inte räknas upp.</em></p>
            <p><em>Har du hittat ett fel i artikeln? Mejla redaktionen på rattelse@tidning.example.</em></p>
          </div>
        </article></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Rätt siffra är 46 miljoner kronor.")]
    [InlineData("statens bidrag inte räknas upp.")]
    public void Should_keep_the_corrections(string text) =>
        Assert.Contains(text, _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_still_remove_the_note_below_them() =>
        Assert.DoesNotContain("Har du hittat ett fel", _cleaned.Text, StringComparison.Ordinal);
}
