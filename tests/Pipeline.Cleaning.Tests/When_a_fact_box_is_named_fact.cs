namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A fact box set in an aside inside the story may be named by its BEM block alone ("fact",
/// "fact fact--collapsed", "fact__body"), as "fact-box" or "faktaboks" name it elsewhere: its
/// paragraphs are the story's text, though a style clips them until "show more" is pressed.
/// </summary>
public class When_a_fact_box_is_named_fact
{
    private const string Html = """
        <html><head><title>Ny bru over fjorden åpner i mars</title></head><body><main><article>
          <h1>Ny bru over fjorden åpner i mars</h1>
          <div class="article-body">
            <p>Den nye brua over fjorden åpner for trafikk i begynnelsen av mars, nesten et år senere enn planlagt, opplyser vegvesenet.</p>
            <p>Forsinkelsen skyldes problemer med fundamentene på nordsiden, der grunnen viste seg å være løsere enn undersøkelsene tydet på.</p>
            <aside class="fact fact--collapsed"><div class="fact__body">
              <p>Brua er 1,2 kilometer lang og har kostet om lag 2,4 milliarder kroner, finansiert med bompenger og statlige midler.</p>
              <p>Den erstatter ferjesambandet som har gått over fjorden siden 1962, og kortar reisetida med nesten en halvtime.</p>
            </div><button class="fact__toggle">Vis mer</button></aside>
            <p>Bompengene blir innført samme dag som brua åpner, og takstene er ennå ikke bestemt.</p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Theory]
    [InlineData("Brua er 1,2 kilometer lang og har kostet om lag 2,4 milliarder kroner, finansiert med bompenger og statlige midler.")]
    [InlineData("Den erstatter ferjesambandet som har gått over fjorden siden 1962, og kortar reisetida med nesten en halvtime.")]
    public void Should_keep_the_boxs_paragraphs(string line) =>
        Assert.Contains(line, _cleaned.Text.Split("\n\n"));
}
